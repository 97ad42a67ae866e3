// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudlistpage.h"

class QPushButton;
class QTableView;

namespace VirtDeck {

class KeyPairListModel;

// The user's key pairs: import a public key, create a new pair locally, delete.
class CloudKeyPairsPage : public CloudListPage
{
    Q_OBJECT

public:
    explicit CloudKeyPairsPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh() override;
    KeyPairListModel *model() const { return m_model; }

private:
    void importKeyPair();
    void createKeyPair();
    void deleteKeyPair();

    KeyPairListModel *m_model;
    QTableView *m_view;
    QPushButton *m_delete;
    QString m_notice;
};

} // namespace VirtDeck
