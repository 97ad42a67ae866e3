// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAccessible>
#include <QMenu>
#include <QStringList>
#include <QWidget>

namespace VirtDeck::Test {

// Walks a window's accessible tree (QAccessible::queryAccessibleInterface, recursively over
// child()) and lists every visible interactive element a screen reader could not name:
// buttons, edits, spin boxes, combo boxes, check boxes, list/tree/table views, tab bars and
// the actions of every menu the window owns. Header-only so any test can point it at any
// window: QCOMPARE(AccessibilityCheck::unnamed(&window), QStringList{}).
struct AccessibilityCheck
{
    static bool interactive(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::ButtonDropGrid:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
        case QAccessible::List:
        case QAccessible::Tree:
        case QAccessible::Table:
        case QAccessible::PageTab:
        case QAccessible::PageTabList:
        case QAccessible::MenuItem:
        case QAccessible::Link:
            return true;
        default:
            return false;
        }
    }

    static QString describe(QAccessibleInterface *iface)
    {
        QObject *object = iface->object();
        QString path;
        for (QObject *o = object; o; o = o->parent()) {
            const QString name = o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
            path = path.isEmpty() ? name : name + QLatin1Char('/') + path;
        }
        return QStringLiteral("role %1 at %2").arg(int(iface->role()), 0, 16).arg(path.isEmpty() ? QStringLiteral("(no object)") : path);
    }

    static void walk(QAccessibleInterface *iface, QStringList *out, int depth)
    {
        if (!iface || !iface->isValid() || depth > 64)
            return;
        if (iface->state().invisible)
            return;
        const QAccessible::Role role = iface->role();
        if (interactive(role) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
            // An edit inside a named spin box or combo box is named by its owner.
            QAccessibleInterface *parent = iface->parent();
            const bool namedByOwner = parent && (parent->role() == QAccessible::SpinBox || parent->role() == QAccessible::ComboBox)
                && !parent->text(QAccessible::Name).trimmed().isEmpty();
            if (!namedByOwner)
                out->append(describe(iface));
        }
        // Rows and cells of item views: their texts are the data, and there may be thousands.
        if (role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::Table)
            return;
        const int count = iface->childCount();
        for (int i = 0; i < count; ++i)
            walk(iface->child(i), out, depth + 1);
    }

    // Every unnamed interactive element under the window, described by role and object path.
    static QStringList unnamed(QWidget *window)
    {
        QStringList out;
        walk(QAccessible::queryAccessibleInterface(window), &out, 0);
        // Menus are hidden until opened, so walk them on their own.
        for (QMenu *menu : window->findChildren<QMenu *>()) {
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator() && !action->isVisible())
                    continue;
                if (!action->isSeparator() && action->text().remove(QLatin1Char('&')).trimmed().isEmpty())
                    out.append(QStringLiteral("menu action %1 in %2").arg(action->objectName(), menu->objectName()));
            }
        }
        return out;
    }
};

} // namespace VirtDeck::Test
