// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudnetwork.h"
#include "cloudport.h"
#include "cloudsession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace VirtDeck {

class FloatingIpListModel;

// Floating IPs of the project: allocate one from an external network, associate it with a
// port of an instance, disassociate, release.
class CloudFloatingIpsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CloudFloatingIpsPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh();
    FloatingIpListModel *model() const { return m_model; }
    QString statusText() const;
    void setConfirmationsEnabled(bool enabled) { m_confirmations = enabled; }

Q_SIGNALS:
    void loaded();

private:
    void allocate();
    void associate();
    void disassociate();
    void release();
    void selectionChanged();
    void setStatus(const QString &text);

    QPointer<Cloud::CloudSession> m_session;
    FloatingIpListModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_associate;
    QPushButton *m_disassociate;
    QPushButton *m_release;
    QList<Cloud::CloudNetwork> m_networks;
    QHash<QString, QString> m_instanceNames; // server id -> name
    QList<Cloud::CloudPort> m_instancePorts;
    bool m_confirmations = true;
};

} // namespace VirtDeck
