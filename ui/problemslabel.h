// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formproblem.h"

#include <QLabel>

namespace VirtDeck {

// The red lines under a form that say why it cannot be submitted yet. Hidden while there is
// nothing to say; the text can be selected (and so copied into a bug report). Tests find it
// by its objectName, "problemsLabel".
class ProblemsLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemsLabel(QWidget *parent = nullptr);

    // One line a problem; none hides the label.
    void setProblems(const FormProblems &problems);
    // What is shown, or empty when hidden.
    QString shownText() const;
};

} // namespace VirtDeck
