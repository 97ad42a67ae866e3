// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestnamevalidator.h"

#include <QRegularExpression>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

bool GuestNameValidator::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

QString GuestNameValidator::problem(const QString &name, const QStringList &existingNames, const QString &currentName)
{
    if (name.isEmpty())
        return tr("Enter a name for the guest.");
    if (!isValidName(name))
        return tr("\"%1\" is not a valid guest name: use up to 64 letters, digits, \"-\", \"_\", \".\" or \"+\", "
                  "starting with a letter or digit.").arg(name);
    if (!currentName.isEmpty() && name == currentName)
        return tr("The guest is already called \"%1\".").arg(name);
    if (existingNames.contains(name))
        return tr("A guest named \"%1\" already exists on this host.").arg(name);
    return {};
}

} // namespace VirtDeck
