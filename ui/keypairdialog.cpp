// SPDX-License-Identifier: GPL-2.0-or-later
#include "keypairdialog.h"

#include "cloudsession.h"
#include "keypairclient.h"
#include "problemslabel.h"
#include "sshkeygenerator.h"
#include "whenfinished.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

KeyPairDialog::KeyPairDialog(Mode mode, CloudSession *session, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_problems(new ProblemsLabel(this))
{
    setObjectName(u"keyPairDialog"_s);
    m_name->setObjectName(u"keyPairName"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &KeyPairDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name:"), m_name);
    if (mode == Mode::Import) {
        setWindowTitle(tr("Import Key Pair"));
        m_ok->setText(tr("Import"));
        m_publicKey = new QPlainTextEdit(this);
        m_publicKey->setObjectName(u"publicKeyEdit"_s);
        m_publicKey->setPlaceholderText(tr("ssh-ed25519 AAAA… user@host"));
        m_publicKey->setMinimumWidth(460);
        m_publicKey->setFixedHeight(90);
        auto *choose = new QPushButton(tr("Choose File…"), this);
        choose->setObjectName(u"chooseFileButton"_s);
        connect(choose, &QPushButton::clicked, this, &KeyPairDialog::chooseFile);
        auto *keyRow = new QVBoxLayout;
        keyRow->addWidget(m_publicKey);
        keyRow->addWidget(choose, 0, Qt::AlignLeft);
        auto *keyLabel = new QLabel(tr("&Public key:"), this);
        keyLabel->setBuddy(m_publicKey); // a layout row gets no buddy by itself
        layout->addRow(keyLabel, keyRow);
        auto *hint = new QLabel(tr("Only the public key (the .pub file) is uploaded; the private key stays on this computer."), this);
        hint->setWordWrap(true);
        layout->addRow(hint);
    } else {
        setWindowTitle(tr("Create Key Pair"));
        m_ok->setText(tr("Create"));
        m_type = new QComboBox(this);
        m_type->setObjectName(u"keyTypeCombo"_s);
        m_type->addItem(tr("Ed25519 (recommended)"), u"ed25519"_s);
        m_type->addItem(tr("ECDSA P-256"), u"ecdsa"_s);
        m_type->addItem(tr("RSA 3072"), u"rsa"_s);
        m_path = new QLineEdit(this);
        m_path->setObjectName(u"privateKeyPath"_s);
        m_path->setMinimumWidth(360);
        auto *browse = new QPushButton(tr("Browse…"), this);
        browse->setObjectName(u"browsePathButton"_s);
        connect(browse, &QPushButton::clicked, this, &KeyPairDialog::choosePrivateKeyPath);
        auto *pathRow = new QHBoxLayout;
        pathRow->addWidget(m_path, 1);
        pathRow->addWidget(browse);
        layout->addRow(tr("&Type:"), m_type);
        auto *pathLabel = new QLabel(tr("&Save private key as:"), this);
        pathLabel->setBuddy(m_path);
        layout->addRow(pathLabel, pathRow);
        auto *hint = new QLabel(tr("The key pair is made on this computer with ssh-keygen; the private key is saved "
                                   "readable only by you (mode 0600) and never sent anywhere."),
                                this);
        hint->setWordWrap(true);
        layout->addRow(hint);
        connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
        // The file follows the name until the user picks a path of their own.
        connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
            if (!m_pathEdited)
                m_path->setText(name.trimmed().isEmpty() ? QString() : SshKeyGenerator::defaultPath(name));
        });
    }
    layout->addRow(m_problems);
    layout->addRow(buttons);
}

bool KeyPairDialog::loadPublicKeyFile(const QString &path)
{
    if (!m_publicKey)
        return false;
    QFile file(path);
    if (file.size() > 64 * 1024) {
        showProblems({{u"publicKey"_s, tr("%1 is too large to be a public key.").arg(path)}});
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showProblems({{u"publicKey"_s, tr("%1 cannot be read: %2").arg(path, file.errorString())}});
        return false;
    }
    m_publicKey->setPlainText(QString::fromUtf8(file.readAll()).trimmed());
    if (m_name->text().trimmed().isEmpty()) {
        QString base = QFileInfo(path).fileName();
        if (base.endsWith(u".pub"_s))
            base.chop(4);
        m_name->setText(base);
    }
    showProblems(problems());
    return true;
}

void KeyPairDialog::chooseFile()
{
    const QString start = QDir::home().filePath(u".ssh"_s);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Public Key"), QDir(start).exists() ? start : QDir::homePath(),
                                                      tr("Public keys (*.pub);;All files (*)"));
    if (!path.isEmpty())
        loadPublicKeyFile(path);
}

void KeyPairDialog::choosePrivateKeyPath()
{
    const QString current = m_path->text().isEmpty() ? QDir::home().filePath(u".ssh"_s) : m_path->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Private Key As"), current, {}, nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_path->setText(path);
        m_pathEdited = true;
    }
}

FormProblems KeyPairDialog::problems() const
{
    FormProblems problems;
    if (const QString problem = KeyPairClient::validateName(m_name->text()); !problem.isEmpty())
        problems.append({u"name"_s, problem});
    if (m_mode == Mode::Import) {
        if (const QString problem = SshKeyGenerator::checkPublicKey(m_publicKey->toPlainText()); !problem.isEmpty())
            problems.append({u"publicKey"_s, problem});
    } else if (const QString problem = SshKeyGenerator::checkTarget(m_path->text().trimmed()); !problem.isEmpty()) {
        problems.append({u"path"_s, problem});
    }
    return problems;
}

void KeyPairDialog::showProblems(const FormProblems &problems)
{
    m_problems->setProblems(problems);
    // Grow so that every message line shows; never shrink what the user sized.
    if (const int wanted = sizeHint().height(); wanted > height())
        resize(width(), wanted);
}

void KeyPairDialog::submit()
{
    const FormProblems found = problems();
    showProblems(found);
    if (!found.isEmpty())
        return;
    if (!m_session) {
        showProblems({{{}, tr("Not signed in.")}});
        return;
    }
    setEnabled(false);
    const QString name = m_name->text();
    if (m_mode == Mode::Import) {
        whenFinished(KeyPairClient(m_session).importKeyPair(name, m_publicKey->toPlainText()), this,
                     [this](const Result<KeyPair> &result) {
                         setEnabled(true);
                         if (!result.ok()) {
                             showProblems({{{}, result.error}});
                             return;
                         }
                         m_result = {result.value, {}, {}};
                         Q_EMIT keyPairAdded(result.value);
                         accept();
                     });
        return;
    }
    whenFinished(KeyPairClient(m_session).createKeyPair(name, m_path->text().trimmed(), m_type->currentData().toString()), this,
                 [this](const Result<CreatedKeyPair> &result) {
                     setEnabled(true);
                     if (!result.ok()) {
                         showProblems({{{}, result.error}});
                         return;
                     }
                     m_result = result.value;
                     Q_EMIT keyPairAdded(result.value.keyPair);
                     accept();
                 });
}

} // namespace VirtDeck
