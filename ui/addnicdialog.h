// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainhardware.h"
#include "domainhardwareservice.h"
#include "formproblem.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace VirtDeck {

class ApplyScopeBox;
class ConnectionSession;

// "Add network card": on a virtual network or a host bridge (br0), model virtio, e1000 or
// rtl8139, the MAC generated (52:54:00:…) or typed, link up or down, and when it applies.
// A bad MAC (format, multicast, already used) is said in the dialog, which keeps the input.
class AddNicDialog : public QDialog
{
    Q_OBJECT

public:
    AddNicDialog(ConnectionSession *session, const QUuid &guest, const HardwareListing &listing, QWidget *parent = nullptr);

    NicDevice nic() const;
    ApplyScope scope() const;
    FormProblems validate() const;
    void submit();

Q_SIGNALS:
    void attached(const VirtDeck::NicDevice &nic);

private:
    void loadSources();
    void showProblems(const FormProblems &problems);
    QStringList usedMacs() const;

    QPointer<ConnectionSession> m_session;
    DomainHardwareService m_service;
    QUuid m_guest;
    HardwareListing m_listing;
    QStringList m_networks;
    QStringList m_bridges;

    QComboBox *m_type;
    QComboBox *m_source;
    QComboBox *m_model;
    QLineEdit *m_mac;
    QCheckBox *m_linkUp;
    ApplyScopeBox *m_scope;
    QLabel *m_problems;
};

} // namespace VirtDeck
