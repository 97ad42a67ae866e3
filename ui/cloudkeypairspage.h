// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace VirtDeck {

class KeyPairListModel;

// The user's key pairs: import a public key, create a new pair locally, delete.
class CloudKeyPairsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CloudKeyPairsPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh();
    KeyPairListModel *model() const { return m_model; }
    QString statusText() const;
    // Tests turn the message boxes off (questions are answered "yes").
    void setConfirmationsEnabled(bool enabled) { m_confirmations = enabled; }

Q_SIGNALS:
    void loaded();

private:
    void importKeyPair();
    void createKeyPair();
    void deleteKeyPair();

    QPointer<Cloud::CloudSession> m_session;
    KeyPairListModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_delete;
    QString m_notice;
    bool m_confirmations = true;
};

} // namespace VirtDeck
