// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainhardware.h"
#include "domainhardwareservice.h"
#include "formproblem.h"
#include "whenfinished.h"

#include <QUuid>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace VirtDeck {

class ApplyScopeBox;
class ProblemsLabel;

// The common frame of the Hardware page's editors: a form, an "Apply to" choice, a note
// (e.g. "takes effect after a restart"), the problems of the current input and an Apply
// button. A failed change leaves the input as it was typed, with libvirt's reason.
class HardwareEditor : public QWidget
{
    Q_OBJECT

public:
    HardwareEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent = nullptr);

    // The page calls this after each (re)load; key names the device (target, MAC, index).
    virtual void setListing(const HardwareListing &listing, const QString &key) = 0;
    bool isBusy() const { return m_busy; }
    ApplyScopeBox *scopeBox() const { return m_scope; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    // A change went through (or failed: ok false); the page reloads and shows message.
    void changed(bool ok, const QString &message);

protected:
    virtual void apply() = 0;
    void showProblems(const FormProblems &problems);
    void setNote(const QString &note);
    void setEditable(bool editable);
    // After a failed change the page reloads, but what the user typed stays.
    bool keepInput() const { return m_keepInput; }
    void forgetFailure();
    // Whether a reload replaces what the editor shows: always for another device; for the
    // same one only when the device itself changed and no failed input is kept. An unrelated
    // reload (another device's event) leaves what the user is typing alone.
    bool reloadInput(bool sameDevice, bool deviceChanged) const { return !sameDevice || (deviceChanged && !m_keepInput); }
    template<typename T>
    void run(const QFuture<Result<T>> &future, const QString &doneMessage)
    {
        started();
        whenFinished(future, this, [this, doneMessage](const Result<T> &result) {
            finished(result.ok() ? QString() : result.error, doneMessage);
        });
    }

    DomainHardwareService m_service;
    QUuid m_guest;
    HardwareListing m_listing;
    QFormLayout *m_form = nullptr;
    ApplyScopeBox *m_scope = nullptr;
    QLabel *m_note = nullptr;
    ProblemsLabel *m_problems = nullptr;
    QPushButton *m_apply = nullptr;

private:
    void started();
    void finished(const QString &error, const QString &doneMessage);

    QLabel *m_scopeLabel = nullptr;
    bool m_busy = false;
    bool m_keepInput = false;
    QString m_lastError; // libvirt's refusal, shown until the next success or another device
};

} // namespace VirtDeck
