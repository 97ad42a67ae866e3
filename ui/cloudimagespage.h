// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudlistpage.h"

class QComboBox;
class QProgressBar;
class QPushButton;
class QTableView;

namespace VirtDeck {

class ImageListModel;
namespace Cloud {
class ImageTransfer;
} // namespace Cloud

// Images: the list, upload a local file (format from its content, a mismatching suffix
// flagged) with progress and cancel, change visibility, delete, download with progress.
// One transfer at a time.
class CloudImagesPage : public CloudListPage
{
    Q_OBJECT

public:
    explicit CloudImagesPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh() override;
    ImageListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // What the buttons do after their dialogs (public for tests and scripting).
    void startUpload(const QString &path, const QString &name, const QString &diskFormat, const QString &visibility);
    void startDownload(const QString &imageId, const QString &path);
    void cancelTransfer();
    bool isTransferring() const;
    void changeVisibility(const QString &imageId, const QString &visibility);
    void deleteImage(const QString &imageId, bool confirm = true);

Q_SIGNALS:
    // An upload's image id (empty when the image record could not even be created).
    void uploadFinished(const QString &imageId, bool ok, bool canceled, const QString &error);
    void downloadFinished(bool ok, bool canceled, const QString &error);
    void visibilityChanged(const QString &error);
    void imageDeleted(const QString &error);

private:
    QString selectedId() const;
    void updateButtons();
    void upload();
    void download();
    void runTransfer(Cloud::ImageTransfer *transfer);

    ImageListModel *m_model;
    QTableView *m_view;
    QProgressBar *m_progress;
    QPushButton *m_upload;
    QPushButton *m_download;
    QPushButton *m_delete;
    QComboBox *m_visibility;
    QPushButton *m_setVisibility;
    QPushButton *m_cancel;
    QPointer<Cloud::ImageTransfer> m_transfer;
};

} // namespace VirtDeck
