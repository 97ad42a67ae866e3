// SPDX-License-Identifier: GPL-2.0-or-later
#include "imageuploaddialog.h"

#include "imageclient.h"
#include "imageformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

ImageUploadDialog::ImageUploadDialog(bool admin, QWidget *parent)
    : QDialog(parent)
    , m_file(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_visibility(new QComboBox(this))
    , m_detectedLabel(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_anyway(new QCheckBox(tr("Upload with this format anyway"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"imageUploadDialog"_s);
    setWindowTitle(tr("Upload Image"));
    m_file->setObjectName(u"imageFile"_s);
    m_name->setObjectName(u"imageName"_s);
    m_name->setMaxLength(255);
    m_format->setObjectName(u"imageDiskFormat"_s);
    m_format->addItems(ImageFormat::diskFormats());
    m_visibility->setObjectName(u"imageVisibility"_s);
    for (const QString &visibility : ImageClient::visibilities())
        m_visibility->addItem(visibility, visibility);
    m_visibility->setToolTip(admin ? QString() : tr("Usually only administrators may publish public images."));
    m_detectedLabel->setObjectName(u"imageDetected"_s);
    m_warning->setObjectName(u"imageMismatch"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"QLabel { background: #fff3cd; color: #664d03; padding: 4px; }"_s);
    m_warning->hide();
    m_anyway->setObjectName(u"imageMismatchAccept"_s);
    m_anyway->hide();
    m_problem->setObjectName(u"imageUploadProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #b02a37; }"_s);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(u"imageBrowse"_s);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Upload"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"imageUploadOk"_s);
    auto *form = new QFormLayout(this);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Content:"), m_detectedLabel);
    form->addRow(m_warning);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Disk format:"), m_format);
    form->addRow(m_anyway);
    form->addRow(tr("Visibility:"), m_visibility);
    form->addRow(m_problem);
    form->addRow(buttons);
    resize(560, sizeHint().height());

    connect(browseButton, &QPushButton::clicked, this, &ImageUploadDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] { setFile(m_file->text()); });
    connect(m_format, &QComboBox::currentTextChanged, this, &ImageUploadDialog::updateWarning);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImageUploadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImageUploadDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Upload Image"), QDir::homePath(),
                                                      tr("Disk images (*.qcow2 *.img *.raw *.iso *.vmdk *.vdi);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImageUploadDialog::setFile(const QString &path)
{
    m_file->setText(path);
    m_detected.clear();
    const Result<QString> detected = ImageFormat::fromFile(path);
    if (!detected.ok()) {
        m_detectedLabel->setText(detected.error);
        updateWarning();
        return;
    }
    m_detected = detected.value;
    m_detectedLabel->setText(tr("%1, %2").arg(m_detected, QLocale().formattedDataSize(QFileInfo(path).size())));
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(path).completeBaseName());
    // The content decides the format; the user may still choose another (then confirms).
    m_format->setCurrentText(m_detected);
    updateWarning();
}

QString ImageUploadDialog::file() const
{
    return m_file->text();
}

QString ImageUploadDialog::name() const
{
    return m_name->text().trimmed();
}

QString ImageUploadDialog::diskFormat() const
{
    return m_format->currentText();
}

QString ImageUploadDialog::visibility() const
{
    return m_visibility->currentData().toString();
}

QString ImageUploadDialog::mismatchWarning() const
{
    return m_warning->isVisibleTo(this) ? m_warning->text() : QString();
}

void ImageUploadDialog::updateWarning()
{
    QStringList warnings;
    if (!m_detected.isEmpty()) {
        if (const QString suffix = ImageFormat::mismatch(m_file->text(), m_detected); !suffix.isEmpty())
            warnings.append(suffix);
        // "raw" is only "nothing recognised": another chosen format may well be right (vhd, ...).
        if (m_detected != u"raw"_s && diskFormat() != m_detected)
            warnings.append(tr("The file's content is %1, not %2.").arg(m_detected, diskFormat()));
    }
    m_warning->setText(warnings.join(u"\n"_s));
    m_warning->setVisible(!warnings.isEmpty());
    m_anyway->setVisible(!m_detected.isEmpty() && m_detected != u"raw"_s && diskFormat() != m_detected);
    m_problem->clear();
    // The warning is several lines: grow with it rather than clip it.
    resize(width(), std::max(height(), sizeHint().height()));
}

QString ImageUploadDialog::problem() const
{
    if (m_file->text().isEmpty())
        return tr("Choose the image file.");
    if (m_detected.isEmpty())
        return m_detectedLabel->text();
    if (const QString invalid = ImageClient::validateNew(name(), diskFormat(), visibility()); !invalid.isEmpty())
        return invalid;
    if (m_detected != u"raw"_s && diskFormat() != m_detected && !m_anyway->isChecked())
        return tr("The file's content is %1: upload it as %1, or confirm the other format.").arg(m_detected);
    return {};
}

void ImageUploadDialog::accept()
{
    const QString text = problem();
    m_problem->setText(text);
    if (text.isEmpty())
        QDialog::accept();
}

} // namespace VirtDeck
