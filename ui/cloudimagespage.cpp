// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudimagespage.h"

#include "imageclient.h"
#include "imagelistmodel.h"
#include "imagetransfer.h"
#include "imageuploaddialog.h"
#include "whenfinished.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudImagesPage::CloudImagesPage(QWidget *parent)
    : CloudListPage(u"imageStatus"_s, parent)
    , m_model(new ImageListModel(this))
    , m_view(makeTable(m_model, u"imageList"_s))
    , m_progress(new QProgressBar(this))
    , m_upload(makeButton(tr("Upload…"), u"imageUpload"_s))
    , m_download(makeButton(tr("Download…"), u"imageDownload"_s))
    , m_delete(makeButton(tr("Delete…"), u"imageDelete"_s))
    , m_visibility(new QComboBox(this))
    , m_setVisibility(makeButton(tr("Set Visibility"), u"imageSetVisibility"_s))
    , m_cancel(makeButton(tr("Cancel Transfer"), u"imageCancel"_s))
{
    setObjectName(u"cloudImagesPage"_s);
    m_view->setColumnWidth(ImageListModel::NameColumn, 220);
    m_progress->setObjectName(u"imageProgress"_s);
    m_progress->hide();
    m_cancel->hide();
    m_visibility->setObjectName(u"imageVisibilityChoice"_s);
    for (const QString &visibility : ImageClient::visibilities())
        m_visibility->addItem(visibility, visibility);
    auto *refreshButton = makeRefreshButton(tr("Refresh"), u"imageRefresh"_s);
    auto *visibilityLabel = new QLabel(tr("Visibility:"), this);
    QHBoxLayout *buttons = makeButtonRow({m_upload, m_download, m_delete, visibilityLabel, m_visibility, m_setVisibility},
                                         {refreshButton});
    buttons->insertSpacing(buttons->indexOf(visibilityLabel), 12);
    auto *transfer = new QHBoxLayout;
    transfer->addWidget(m_progress, 1);
    transfer->addWidget(m_cancel);
    QVBoxLayout *layout = layOut(buttons, m_view);
    layout->insertLayout(layout->indexOf(statusLabel()), transfer);

    connect(m_upload, &QPushButton::clicked, this, &CloudImagesPage::upload);
    connect(m_download, &QPushButton::clicked, this, &CloudImagesPage::download);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteImage(selectedId(), true); });
    connect(m_setVisibility, &QPushButton::clicked, this, [this] {
        changeVisibility(selectedId(), m_visibility->currentData().toString());
    });
    connect(m_cancel, &QPushButton::clicked, this, &CloudImagesPage::cancelTransfer);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const CloudImage *image = m_model->item(m_view->currentIndex()))
            m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(image->visibility)));
        updateButtons();
    });
    connect(m_model, &ImageListModel::refreshed, this, [this] {
        if (!isTransferring())
            setStatus(tr("%n image(s)", nullptr, m_model->rowCount()));
        updateButtons();
        Q_EMIT loaded();
    });
    reportLoadErrors(m_model, true);
    updateButtons();
}

void CloudImagesPage::setSession(CloudSession *session)
{
    if (m_transfer)
        m_transfer->cancel();
    m_session = session;
    m_model->setSession(session);
    updateButtons();
}

void CloudImagesPage::refresh()
{
    if (!m_session)
        return;
    m_model->refresh();
}

QString CloudImagesPage::selectedId() const
{
    const CloudImage *image = m_model->item(m_view->currentIndex());
    return image ? image->id : QString();
}

bool CloudImagesPage::isTransferring() const
{
    return m_transfer && m_transfer->isRunning();
}

void CloudImagesPage::updateButtons()
{
    const CloudImage *image = m_model->item(m_view->currentIndex());
    const bool busy = isTransferring();
    m_upload->setEnabled(m_session && !busy);
    m_download->setEnabled(image && image->status == u"active"_s && !busy);
    m_delete->setEnabled(image);
    m_setVisibility->setEnabled(image);
    m_visibility->setEnabled(image);
}

void CloudImagesPage::upload()
{
    if (!m_session)
        return;
    ImageUploadDialog dialog(m_session->token().isAdmin(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startUpload(dialog.file(), dialog.name(), dialog.diskFormat(), dialog.visibility());
}

void CloudImagesPage::startUpload(const QString &path, const QString &name, const QString &diskFormat, const QString &visibility)
{
    if (!m_session || isTransferring())
        return;
    setStatus(tr("Creating image %1…").arg(name));
    m_upload->setEnabled(false);
    whenFinished(ImageClient(m_session).createImage(name, diskFormat, visibility), this,
                 [this, path, name](const Result<CloudImage> &created) {
                     if (!created.ok()) {
                         setStatus(tr("Image %1 could not be created: %2").arg(name, created.error), true);
                         updateButtons();
                         Q_EMIT uploadFinished({}, false, false, created.error);
                         return;
                     }
                     const QString id = created.value.id;
                     m_model->refresh();
                     auto *transfer = new ImageTransfer(m_session, ImageTransfer::Direction::Upload, id, path, this);
                     connect(transfer, &ImageTransfer::finished, this, [this, id, name](bool ok, bool canceled, const QString &error) {
                         if (ok) {
                             setStatus(tr("Image %1 uploaded.").arg(name));
                         } else {
                             // The record this upload created holds no data: remove it again.
                             setStatus(canceled ? tr("Upload of %1 cancelled.").arg(name)
                                                : tr("Upload of %1 failed: %2").arg(name, error),
                                       !canceled);
                             whenFinished(ImageClient(m_session).deleteImage(id), this, [this](const Result<bool> &) { m_model->refresh(); });
                         }
                         m_model->refresh();
                         Q_EMIT uploadFinished(id, ok, canceled, error);
                     });
                     setStatus(tr("Uploading %1…").arg(name));
                     runTransfer(transfer);
                 });
}

void CloudImagesPage::download()
{
    const CloudImage *image = m_model->item(m_view->currentIndex());
    if (!image || !m_session)
        return;
    const QString suffix = image->diskFormat == u"raw"_s ? u"img"_s : image->diskFormat;
    const QString path = QFileDialog::getSaveFileName(this, tr("Download Image"),
                                                      QDir::homePath() + u'/' + image->name + u'.' + suffix);
    if (!path.isEmpty())
        startDownload(image->id, path);
}

void CloudImagesPage::startDownload(const QString &imageId, const QString &path)
{
    if (!m_session || isTransferring())
        return;
    auto *transfer = new ImageTransfer(m_session, ImageTransfer::Direction::Download, imageId, path, this);
    connect(transfer, &ImageTransfer::finished, this, [this, path](bool ok, bool canceled, const QString &error) {
        if (ok)
            setStatus(tr("Downloaded to %1.").arg(path));
        else
            setStatus(canceled ? tr("Download cancelled; nothing was written.") : tr("Download failed: %1").arg(error), !canceled);
        Q_EMIT downloadFinished(ok, canceled, error);
    });
    setStatus(tr("Downloading to %1…").arg(path));
    runTransfer(transfer);
}

void CloudImagesPage::runTransfer(ImageTransfer *transfer)
{
    m_transfer = transfer;
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    connect(transfer, &ImageTransfer::progress, this, [this](qint64 done, qint64 total) {
        // QProgressBar counts in int: per mille of the total.
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        }
    });
    connect(transfer, &ImageTransfer::finished, this, [this, transfer] {
        m_progress->hide();
        m_cancel->hide();
        transfer->deleteLater();
        updateButtons();
    });
    transfer->start();
    updateButtons();
}

void CloudImagesPage::cancelTransfer()
{
    if (m_transfer)
        m_transfer->cancel();
}

void CloudImagesPage::changeVisibility(const QString &imageId, const QString &visibility)
{
    if (!m_session || imageId.isEmpty())
        return;
    whenFinished(ImageClient(m_session).setVisibility(imageId, visibility), this, [this, visibility](const Result<CloudImage> &result) {
        if (!result.ok())
            setStatus(tr("The visibility cannot be changed to %1: %2").arg(visibility, result.error), true);
        else
            setStatus(tr("Image %1 is now %2.").arg(result.value.name, result.value.visibility));
        m_model->refresh();
        Q_EMIT visibilityChanged(result.error);
    });
}

void CloudImagesPage::deleteImage(const QString &imageId, bool confirm)
{
    if (!m_session || imageId.isEmpty())
        return;
    const int row = m_model->rowOf(imageId);
    const QString name = row >= 0 ? m_model->item(row)->name : imageId;
    if (confirm
        && !askToConfirm(tr("Delete Image"),
                         tr("Delete image %1? Instances already running from it keep working; no new ones can be launched from it.").arg(name)))
        return;
    whenFinished(ImageClient(m_session).deleteImage(imageId), this, [this, name](const Result<bool> &result) {
        if (!result.ok())
            setStatus(tr("Image %1 could not be deleted: %2").arg(name, result.error), true);
        else
            setStatus(tr("Image %1 deleted.").arg(name));
        m_model->refresh();
        Q_EMIT imageDeleted(result.error);
    });
}

} // namespace VirtDeck
