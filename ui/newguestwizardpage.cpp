// SPDX-License-Identifier: GPL-2.0-or-later
#include "newguestwizardpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

NewGuestWizardPage::NewGuestWizardPage(const QString &objectName, const QString &title, const QString &subTitle,
                                       QWidget *parent)
    : QWizardPage(parent)
    , m_content(new QVBoxLayout)
    , m_problems(new QLabel(this))
{
    setObjectName(objectName);
    setTitle(title);
    setSubTitle(subTitle);
    m_problems->setObjectName(objectName + u"Problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problems->setPalette(palette);
    m_problems->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_problems);
}

void NewGuestWizardPage::revalidate()
{
    QStringList lines;
    for (const FormProblem &problem : problems())
        lines.append(problem.message);
    if (!m_error.isEmpty())
        lines.append(m_error);
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    Q_EMIT completeChanged();
}

void NewGuestWizardPage::setError(const QString &error)
{
    m_error = error;
    revalidate();
}

bool NewGuestWizardPage::isComplete() const
{
    return problems().isEmpty();
}

void NewGuestWizardPage::initializePage()
{
    if (m_onEnter)
        m_onEnter();
    revalidate();
}

} // namespace VirtDeck
