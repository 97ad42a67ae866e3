// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainaction.h"

#include <QWidget>

class QTreeWidget;
class QLabel;

namespace VirtDeck {

// A non-blocking list of what actions did: one entry per batch with a line per guest that
// failed (and per guest that succeeded, folded away). Errors carry libvirt's message.
class NotificationArea : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationArea(QWidget *parent = nullptr);

    // actionLabel: "Start", "Force off"... as shown to the user.
    void addResults(const QString &actionLabel, const DomainActionResults &results);
    void addError(const QString &title, const QString &message);
    void addInfo(const QString &message);
    int entryCount() const;
    int errorCount() const { return m_errorCount; }
    // The text of the newest entry and its children, for tests and the status bar.
    QString latestSummary() const;
    void clear();

Q_SIGNALS:
    void errorAdded();

private:
    QTreeWidget *m_list = nullptr;
    int m_errorCount = 0;
};

} // namespace VirtDeck
