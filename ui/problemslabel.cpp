// SPDX-License-Identifier: GPL-2.0-or-later
#include "problemslabel.h"

#include <QPalette>
#include <QStringList>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

ProblemsLabel::ProblemsLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"problemsLabel"_s);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    setPalette(red);
    hide();
}

void ProblemsLabel::setProblems(const FormProblems &problems)
{
    QStringList lines;
    for (const FormProblem &problem : problems)
        lines.append(problem.message);
    setText(lines.join(u'\n'));
    setVisible(!lines.isEmpty());
}

QString ProblemsLabel::shownText() const
{
    return isHidden() ? QString() : text();
}

} // namespace VirtDeck
