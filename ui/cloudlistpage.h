// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsession.h"
#include "result.h"

#include <QPointer>
#include <QWidget>

#include <initializer_list>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace VirtDeck {

// What the Cloud tab's list pages have in common: the session, the status line under the
// lists, single-row tables, button rows, questions that tests can switch off, and the usual
// end of an action. Every user-visible string is passed in by the page, so tr() stays in
// the page's own class and its translation context does not change.
class CloudListPage : public QWidget
{
    Q_OBJECT

public:
    // statusName: the objectName of the status line (tests read it).
    explicit CloudListPage(const QString &statusName, QWidget *parent = nullptr);

    // Lists everything again; the Refresh button and the end of a successful action call it.
    virtual void refresh() = 0;
    QString statusText() const;
    // Tests turn the message boxes off (questions are answered "yes").
    void setConfirmationsEnabled(bool enabled) { m_confirmations = enabled; }
    bool confirmationsEnabled() const { return m_confirmations; }

Q_SIGNALS:
    // The page's list arrived, or failed to (the status line says which).
    void loaded();

protected:
    // error: in red, for pages that tell failures apart from progress.
    void setStatus(const QString &text, bool error = false);
    QLabel *statusLabel() const { return m_status; }

    // A table that selects one whole row, without row numbers.
    QTableView *makeTable(QAbstractItemModel *model, const QString &name);
    // name may be empty: a button no test looks for.
    QPushButton *makeButton(const QString &text, const QString &name = {});
    // A button that calls refresh().
    QPushButton *makeRefreshButton(const QString &text, const QString &name = {});
    // leading, then the free space, then trailing (Refresh, by convention).
    static QHBoxLayout *makeButtonRow(std::initializer_list<QWidget *> leading, std::initializer_list<QWidget *> trailing = {});
    // A button row above a list, as one widget for a splitter.
    QWidget *makePane(QHBoxLayout *buttons, QWidget *list);
    QSplitter *makeSplitter(Qt::Orientation orientation, QWidget *first, QWidget *second, int firstStretch = 0,
                            int secondStretch = 0);
    // The page top to bottom: the button row (may be null), body taking the free height,
    // the status line. Returned for pages that insert more rows.
    QVBoxLayout *layOut(QHBoxLayout *buttons, QWidget *body);

    // Selects the first row when nothing is selected, so the detail list shows something.
    static void selectFirstRowIfNone(QTableView *view);
    // Yes, or no question at all when confirmations are off.
    bool askToConfirm(const QString &title, const QString &question);
    // One of labels picked in a list dialog: its index, or -1 when cancelled.
    int choose(const QString &title, const QString &label, const QStringList &labels);

    // Connects a list model's refreshFailed: the error in the status line, and loaded().
    template<typename Model>
    void reportLoadErrors(Model *model, bool inRed = false)
    {
        connect(model, &Model::refreshFailed, this, [this, inRed](const QString &error) {
            setStatus(error, inRed);
            Q_EMIT loaded();
        });
    }

    // The usual end of an action: the cloud's error in the status line, or done there
    // (unless empty) and everything listed again.
    template<typename T>
    void finishAction(const Result<T> &result, const QString &done = {})
    {
        if (!result.ok()) {
            setStatus(result.error);
            return;
        }
        if (!done.isEmpty())
            setStatus(done);
        refresh();
    }

    QPointer<Cloud::CloudSession> m_session;

private:
    QLabel *m_status;
    bool m_confirmations = true;
};

} // namespace VirtDeck
