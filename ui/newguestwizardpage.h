// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formproblem.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace VirtDeck {

// One page of the new-guest wizard: its editors go in contentLayout(); a check function says
// what is wrong, shown in red under the editors as the user types, and Next stays disabled
// until it returns nothing.
class NewGuestWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using Check = std::function<FormProblems()>;

    NewGuestWizardPage(const QString &objectName, const QString &title, const QString &subTitle,
                       QWidget *parent = nullptr);

    QVBoxLayout *contentLayout() const { return m_content; }
    QLabel *problemsLabel() const { return m_problems; }
    void setCheck(Check check) { m_check = std::move(check); }
    void setOnEnter(std::function<void()> onEnter) { m_onEnter = std::move(onEnter); }
    // A message that does not block the page (libvirt's refusal on the summary page).
    void setError(const QString &error);
    QString error() const { return m_error; }
    // Re-runs the check, shows its messages and updates Next / Finish.
    void revalidate();
    FormProblems problems() const { return m_check ? m_check() : FormProblems{}; }

    bool isComplete() const override;
    void initializePage() override;

private:
    QVBoxLayout *m_content;
    QLabel *m_problems;
    Check m_check;
    QString m_error;
    std::function<void()> m_onEnter;
};

} // namespace VirtDeck
