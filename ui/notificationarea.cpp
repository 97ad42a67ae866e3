// SPDX-License-Identifier: GPL-2.0-or-later
#include "notificationarea.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MaxEntries = 200; // old entries fall off; this is a log, not an archive
}

NotificationArea::NotificationArea(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    m_list->setObjectName(u"notificationList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Time"), tr("Message")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);

    auto *clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setObjectName(u"clearNotifications"_s);
    connect(clearButton, &QPushButton::clicked, this, &NotificationArea::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
}

void NotificationArea::addResults(const QString &actionLabel, const DomainActionResults &results)
{
    int failed = 0;
    for (const auto &result : results)
        failed += result.ok ? 0 : 1;
    const int succeeded = int(results.size()) - failed;
    QString summary;
    if (results.size() == 1) {
        const auto &only = results.first();
        const QString name = only.name.isEmpty() ? only.uuid.toString(QUuid::WithoutBraces) : only.name;
        summary = only.ok ? tr("%1 %2: done").arg(actionLabel, name)
                          : tr("%1 %2 failed: %3").arg(actionLabel, name, only.error);
    } else {
        summary = tr("%1 on %2 guests: %3 done, %4 failed")
                      .arg(actionLabel)
                      .arg(results.size())
                      .arg(succeeded)
                      .arg(failed);
    }
    auto *entry = new QTreeWidgetItem({QTime::currentTime().toString(u"HH:mm:ss"_s), summary});
    entry->setToolTip(1, summary);
    const QStyle *s = style();
    entry->setIcon(1, s->standardIcon(failed ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton));
    if (results.size() > 1) {
        for (const auto &result : results) {
            const QString name = result.name.isEmpty() ? result.uuid.toString(QUuid::WithoutBraces) : result.name;
            const QString line = result.ok ? tr("%1: done").arg(name) : tr("%1: %2").arg(name, result.error);
            auto *child = new QTreeWidgetItem(entry, {QString(), line});
            child->setToolTip(1, line);
            child->setIcon(1, s->standardIcon(result.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical));
        }
    }
    m_list->insertTopLevelItem(0, entry);
    entry->setExpanded(failed > 0 && results.size() > 1);
    while (m_list->topLevelItemCount() > MaxEntries)
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    if (failed) {
        m_errorCount += failed;
        Q_EMIT errorAdded();
    }
}

void NotificationArea::addError(const QString &title, const QString &message)
{
    auto *entry = new QTreeWidgetItem({QTime::currentTime().toString(u"HH:mm:ss"_s), tr("%1: %2").arg(title, message)});
    entry->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxCritical));
    entry->setToolTip(1, entry->text(1));
    m_list->insertTopLevelItem(0, entry);
    ++m_errorCount;
    Q_EMIT errorAdded();
}

void NotificationArea::addInfo(const QString &message)
{
    auto *entry = new QTreeWidgetItem({QTime::currentTime().toString(u"HH:mm:ss"_s), message});
    entry->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxInformation));
    m_list->insertTopLevelItem(0, entry);
}

int NotificationArea::entryCount() const
{
    return m_list->topLevelItemCount();
}

QString NotificationArea::latestSummary() const
{
    const QTreeWidgetItem *entry = m_list->topLevelItem(0);
    if (!entry)
        return {};
    QStringList lines{entry->text(1)};
    for (int i = 0; i < entry->childCount(); ++i)
        lines.append(entry->child(i)->text(1));
    return lines.join(u'\n');
}

void NotificationArea::clear()
{
    m_list->clear();
    m_errorCount = 0;
}

} // namespace VirtDeck
