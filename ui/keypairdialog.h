// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "createdkeypair.h"
#include "formproblem.h"
#include "keypair.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace VirtDeck {

class ProblemsLabel;

namespace Cloud {
class CloudSession;
}

// Adds a Nova key pair: either imports a public key (pasted, or read from a file chosen in
// ~/.ssh), or creates a new pair locally with ssh-keygen (ed25519 by default), saves the
// private key with mode 0600 and uploads the public key. Checked before anything is sent;
// the service's refusal shows in the dialog, which keeps what was typed.
class KeyPairDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Import, Create };

    KeyPairDialog(Mode mode, Cloud::CloudSession *session, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    FormProblems problems() const;
    void submit();
    // Reads a public key file into the form (what "Choose File…" does after the chooser).
    bool loadPublicKeyFile(const QString &path);
    // The key pair made by a successful submit (privateKeyPath only in Create mode).
    const Cloud::CreatedKeyPair &result() const { return m_result; }

Q_SIGNALS:
    void keyPairAdded(const VirtDeck::Cloud::KeyPair &keyPair);

private:
    void chooseFile();
    void choosePrivateKeyPath();
    void showProblems(const FormProblems &problems);

    Mode m_mode;
    QPointer<Cloud::CloudSession> m_session;
    QLineEdit *m_name;
    QPlainTextEdit *m_publicKey = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_path = nullptr;
    ProblemsLabel *m_problems;
    QPushButton *m_ok;
    bool m_pathEdited = false;
    Cloud::CreatedKeyPair m_result;
};

} // namespace VirtDeck
