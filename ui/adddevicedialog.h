// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainhardware.h"
#include "domainhardwareservice.h"
#include "formproblem.h"
#include "whenfinished.h"

#include <QDialog>
#include <QPointer>

class QFormLayout;
class QLabel;

namespace VirtDeck {

class ProblemsLabel;

class ApplyScopeBox;
class ConnectionSession;

// What "Add disk" and "Add network card" share: the guest and its hardware listing, when
// the change applies, the problems line, and the attach request that keeps the dialog open
// with libvirt's refusal in it. User-visible strings come from the subclasses, so their
// translation contexts stay theirs.
class AddDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyScope scope() const;
    virtual FormProblems validate() const = 0;
    virtual void submit() = 0;

protected:
    AddDeviceDialog(ConnectionSession *session, const QUuid &guest, const HardwareListing &listing, QWidget *parent);

    // Called where the subclass creates its fields, so the tab order stays the form's order.
    void createScopeBox();
    // A form that grows when problems are listed instead of cutting them off.
    QFormLayout *createForm();
    // The last rows: "Apply to", the problems, OK (named addText) and Cancel.
    void addClosingRows(QFormLayout *form, const QString &scopeLabel, const QString &addText);
    // problems plus the one the chosen scope has for this guest, if any.
    FormProblems withScopeProblem(FormProblems problems) const;
    void showProblems(const FormProblems &problems);
    // Shows what validate() finds; true when there is nothing.
    bool checkForm();

    // Runs the attach request with the dialog disabled. A refusal is shown as a problem and
    // the input kept; success hands the device to attached and closes the dialog.
    template<typename Device, typename Attached>
    void attach(const QFuture<Result<Device>> &request, Attached attached)
    {
        setEnabled(false);
        whenFinished(request, this, [this, attached](const Result<Device> &result) {
            setEnabled(true);
            if (!result.ok()) {
                showProblems({FormProblem{{}, result.error}});
                return;
            }
            attached(result.value);
            accept();
        });
    }

    QPointer<ConnectionSession> m_session;
    DomainHardwareService m_service;
    QUuid m_guest;
    HardwareListing m_listing;

private:
    ApplyScopeBox *m_scope = nullptr;
    ProblemsLabel *m_problems;
};

} // namespace VirtDeck
