// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace VirtDeck {

// One reason a form cannot be submitted: which field (the form's own key, e.g. "ipv4Cidr")
// and a message for the user. Forms show it next to the field and keep what was typed.
struct FormProblem
{
    QString field;
    QString message;
    friend bool operator==(const FormProblem &, const FormProblem &) = default;
};

using FormProblems = QList<FormProblem>;

} // namespace VirtDeck
