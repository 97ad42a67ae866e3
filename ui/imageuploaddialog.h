// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace VirtDeck {

// Choosing a local image file to upload to Glance: name, disk format (detected from the
// file's content), visibility. A file whose suffix disagrees with its content is flagged, and
// uploading with a format other than the detected one needs an explicit "upload anyway".
class ImageUploadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImageUploadDialog(bool admin, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QString file() const;
    QString name() const;
    QString diskFormat() const;
    QString visibility() const;
    QString detectedFormat() const { return m_detected; }
    // The suffix/content warning shown, or empty.
    QString mismatchWarning() const;
    // Empty when the dialog can be accepted.
    QString problem() const;

    void accept() override;

private:
    void browse();
    void updateWarning();

    QLineEdit *m_file;
    QLineEdit *m_name;
    QComboBox *m_format;
    QComboBox *m_visibility;
    QLabel *m_detectedLabel;
    QLabel *m_warning;
    QCheckBox *m_anyway;
    QLabel *m_problem;
    QString m_detected;
};

} // namespace VirtDeck
