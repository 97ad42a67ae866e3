// SPDX-License-Identifier: GPL-2.0-or-later
#include "addconnectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

// Reads a URI back into the fields of a structured kind, or returns it as Custom when the
// structured kinds cannot reproduce it character for character.
UriParts partsFromUri(const QString &uri)
{
    UriParts parts;
    parts.kind = ConnectionKind::Custom;
    parts.customUri = uri;
    const QUrl url(uri);
    if (!url.isValid() || url.hasQuery() || url.hasFragment())
        return parts;

    UriParts candidate;
    const QString scheme = url.scheme();
    const QString path = url.path();
    if (scheme == u"qemu" && url.host().isEmpty() && (path == u"/system" || path == u"/session")) {
        candidate.kind = path == u"/system" ? ConnectionKind::QemuSystem : ConnectionKind::QemuSession;
    } else if (scheme == u"test" && url.host().isEmpty()) {
        candidate.kind = ConnectionKind::TestDriver;
        if (path != u"/default")
            candidate.testFile = path;
    } else if (scheme == u"qemu+ssh" && (path == u"/system" || path == u"/session")) {
        candidate.kind = ConnectionKind::RemoteSsh;
        candidate.sshUser = url.userName();
        candidate.sshHost = url.host();
        candidate.sshPort = qMax(0, url.port(0));
        candidate.sshSystem = path == u"/system";
    } else {
        return parts;
    }
    return LibvirtUri::build(candidate) == uri ? candidate : parts;
}

} // namespace

AddConnectionDialog::AddConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_sshUser(new QLineEdit(this))
    , m_sshHost(new QLineEdit(this))
    , m_sshPort(new QSpinBox(this))
    , m_sshMode(new QComboBox(this))
    , m_testFileRow(new QWidget(this))
    , m_testFile(new QLineEdit(m_testFileRow))
    , m_testBrowse(new QPushButton(tr("&Browse…"), m_testFileRow))
    , m_customUri(new QLineEdit(this))
    , m_preview(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_autoconnect(new QCheckBox(tr("Connect &automatically when VirtDeck starts"), this))
    , m_message(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"addConnectionDialog"_s);
    setWindowTitle(tr("Add Connection"));

    m_kind->setObjectName(u"kindCombo"_s);
    m_kind->addItem(tr("QEMU/KVM (system)"), int(ConnectionKind::QemuSystem));
    m_kind->addItem(tr("QEMU/KVM user session"), int(ConnectionKind::QemuSession));
    m_kind->addItem(tr("Libvirt test driver"), int(ConnectionKind::TestDriver));
    m_kind->addItem(tr("Remote QEMU/KVM over SSH"), int(ConnectionKind::RemoteSsh));
    m_kind->addItem(tr("Custom URI"), int(ConnectionKind::Custom));

    m_sshUser->setObjectName(u"sshUserEdit"_s);
    m_sshUser->setPlaceholderText(tr("Optional: your local user name"));
    m_sshHost->setObjectName(u"sshHostEdit"_s);
    m_sshHost->setPlaceholderText(tr("Host name or address"));
    m_sshPort->setObjectName(u"sshPortSpin"_s);
    m_sshPort->setRange(0, 65535);
    m_sshPort->setSpecialValueText(tr("Default"));
    m_sshMode->setObjectName(u"sshModeCombo"_s);
    m_sshMode->addItem(tr("System instance"), true);
    m_sshMode->addItem(tr("User session"), false);

    m_testFile->setObjectName(u"testFileEdit"_s);
    m_testFile->setPlaceholderText(tr("Empty: the built-in test:///default host"));
    m_testBrowse->setObjectName(u"testFileBrowseButton"_s);
    auto *testFileLayout = new QHBoxLayout(m_testFileRow);
    testFileLayout->setContentsMargins(0, 0, 0, 0);
    testFileLayout->addWidget(m_testFile, 1);
    testFileLayout->addWidget(m_testBrowse);

    m_customUri->setObjectName(u"customUriEdit"_s);
    m_customUri->setPlaceholderText(tr("For example qemu+tls://host.example.org/system"));

    m_preview->setObjectName(u"uriPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setFocusPolicy(Qt::ClickFocus); // selectable for copying, skipped by Tab
    m_preview->setFrame(false);
    QPalette previewPalette = m_preview->palette();
    previewPalette.setColor(QPalette::Base, previewPalette.color(QPalette::Window));
    m_preview->setPalette(previewPalette);

    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_message->setPalette(messagePalette);
    m_message->hide();

    m_displayName->setObjectName(u"displayNameEdit"_s);
    m_displayName->setPlaceholderText(tr("Optional: shown instead of the URI"));
    m_autoconnect->setObjectName(u"autoconnectCheck"_s);
    m_autoconnect->setChecked(ConnectionConfig{}.autoconnect);

    m_form->addRow(tr("&Hypervisor:"), m_kind);
    m_form->addRow(tr("&User name:"), m_sshUser);
    m_form->addRow(tr("H&ost:"), m_sshHost);
    m_form->addRow(tr("&Port:"), m_sshPort);
    m_form->addRow(tr("&Connect to:"), m_sshMode);
    m_form->addRow(tr("Host &file:"), m_testFileRow);
    m_form->addRow(tr("&Libvirt URI:"), m_customUri);
    m_form->addRow(tr("URI:"), m_preview);
    m_form->addRow(m_message);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *identityForm = new QFormLayout;
    identityForm->addRow(tr("&Name:"), m_displayName);
    identityForm->addRow(m_autoconnect);

    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(separator);
    layout->addLayout(identityForm);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (currentKind() == ConnectionKind::Custom && m_customUri->text().trimmed().isEmpty())
            m_customUri->setText(m_lastStructuredUri);
        updateFieldVisibility();
        refresh();
        fitHeight(true); // each kind has its own rows: no empty band where others were
    });
    for (QLineEdit *edit : {m_sshUser, m_sshHost, m_testFile, m_customUri})
        connect(edit, &QLineEdit::textChanged, this, &AddConnectionDialog::refresh);
    connect(m_sshPort, &QSpinBox::valueChanged, this, &AddConnectionDialog::refresh);
    connect(m_sshMode, &QComboBox::currentIndexChanged, this, &AddConnectionDialog::refresh);
    connect(m_testBrowse, &QPushButton::clicked, this, &AddConnectionDialog::browseTestFile);

    setMinimumWidth(520);
    updateFieldVisibility();
    refresh();
}

ConnectionKind AddConnectionDialog::currentKind() const
{
    return ConnectionKind(m_kind->currentData().toInt());
}

void AddConnectionDialog::setKind(ConnectionKind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

UriParts AddConnectionDialog::parts() const
{
    UriParts parts;
    parts.kind = currentKind();
    parts.sshUser = m_sshUser->text().trimmed();
    parts.sshHost = m_sshHost->text().trimmed();
    parts.sshPort = m_sshPort->value();
    parts.sshSystem = m_sshMode->currentData().toBool();
    parts.testFile = m_testFile->text().trimmed();
    parts.customUri = m_customUri->text().trimmed();
    return parts;
}

QString AddConnectionDialog::uri() const
{
    return LibvirtUri::build(parts());
}

ConnectionConfig AddConnectionDialog::config() const
{
    ConnectionConfig config;
    config.uri = uri();
    config.displayName = m_displayName->text().trimmed();
    config.autoconnect = m_autoconnect->isChecked();
    return config;
}

void AddConnectionDialog::setConfig(const ConnectionConfig &config)
{
    const UriParts parts = partsFromUri(config.uri);
    switch (parts.kind) {
    case ConnectionKind::RemoteSsh:
        m_sshUser->setText(parts.sshUser);
        m_sshHost->setText(parts.sshHost);
        m_sshPort->setValue(parts.sshPort);
        m_sshMode->setCurrentIndex(m_sshMode->findData(parts.sshSystem));
        break;
    case ConnectionKind::TestDriver:
        m_testFile->setText(parts.testFile);
        break;
    case ConnectionKind::Custom:
        m_customUri->setText(parts.customUri);
        break;
    case ConnectionKind::QemuSystem:
    case ConnectionKind::QemuSession:
        break;
    }
    setKind(parts.kind);
    m_displayName->setText(config.displayName);
    m_autoconnect->setChecked(config.autoconnect);
    updateFieldVisibility();
    refresh();
}

void AddConnectionDialog::updateFieldVisibility()
{
    const ConnectionKind kind = currentKind();
    const bool ssh = kind == ConnectionKind::RemoteSsh;
    m_form->setRowVisible(m_sshUser, ssh);
    m_form->setRowVisible(m_sshHost, ssh);
    m_form->setRowVisible(m_sshPort, ssh);
    m_form->setRowVisible(m_sshMode, ssh);
    m_form->setRowVisible(m_testFileRow, kind == ConnectionKind::TestDriver);
    m_form->setRowVisible(m_customUri, kind == ConnectionKind::Custom);
}

QString AddConnectionDialog::problemWith(const QString &uri) const
{
    // build() glues the file onto "test://": a relative path would turn into a host name
    // and slip past validate(), so catch it here with a message about the file.
    if (currentKind() == ConnectionKind::TestDriver) {
        const QString file = m_testFile->text().trimmed();
        if (!file.isEmpty() && !QFileInfo(file).isAbsolute())
            return tr("The test driver file must be given as an absolute path, for example %1.")
                .arg(QDir::home().filePath(u"host.xml"_s));
    }
    return LibvirtUri::validate(uri);
}

void AddConnectionDialog::refresh()
{
    const QString current = uri();
    if (currentKind() != ConnectionKind::Custom)
        m_lastStructuredUri = current;
    m_preview->setText(current);
    m_preview->setCursorPosition(0);

    const QString problem = problemWith(current);
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());

    if (!problem.isEmpty())
        fitHeight(false);
}

void AddConnectionDialog::fitHeight(bool allowShrink)
{
    // A wrapped message needs more height than the layout's minimum size admits, so the
    // dialog computes the height for its current width itself.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = qMax(heightForWidth(width()), minimumSizeHint().height());
    if (needed > height() || (allowShrink && needed < height()))
        resize(width(), needed);
}

void AddConnectionDialog::browseTestFile()
{
    const QString current = m_testFile->text().trimmed();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a Test Driver Host File"), start,
                                                      tr("Libvirt host XML (*.xml);;All files (*)"));
    if (!file.isEmpty())
        m_testFile->setText(QDir::cleanPath(file));
}

} // namespace VirtDeck
