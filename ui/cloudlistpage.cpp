// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudlistpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

CloudListPage::CloudListPage(const QString &statusName, QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
{
    m_status->setObjectName(statusName);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // so an error can be copied
}

QString CloudListPage::statusText() const
{
    return m_status->text();
}

void CloudListPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"QLabel { color: #b02a37; }"_s : QString());
}

QTableView *CloudListPage::makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

QPushButton *CloudListPage::makeButton(const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, this);
    if (!name.isEmpty())
        button->setObjectName(name);
    return button;
}

QPushButton *CloudListPage::makeRefreshButton(const QString &text, const QString &name)
{
    QPushButton *button = makeButton(text, name);
    connect(button, &QPushButton::clicked, this, &CloudListPage::refresh);
    return button;
}

QHBoxLayout *CloudListPage::makeButtonRow(std::initializer_list<QWidget *> leading, std::initializer_list<QWidget *> trailing)
{
    auto *row = new QHBoxLayout;
    for (QWidget *widget : leading)
        row->addWidget(widget);
    row->addStretch(1);
    for (QWidget *widget : trailing)
        row->addWidget(widget);
    return row;
}

QWidget *CloudListPage::makePane(QHBoxLayout *buttons, QWidget *list)
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(list, 1);
    return pane;
}

QSplitter *CloudListPage::makeSplitter(Qt::Orientation orientation, QWidget *first, QWidget *second, int firstStretch,
                                       int secondStretch)
{
    auto *splitter = new QSplitter(orientation, this);
    splitter->addWidget(first);
    splitter->addWidget(second);
    splitter->setStretchFactor(0, firstStretch);
    splitter->setStretchFactor(1, secondStretch);
    return splitter;
}

QVBoxLayout *CloudListPage::layOut(QHBoxLayout *buttons, QWidget *body)
{
    auto *layout = new QVBoxLayout(this);
    if (buttons)
        layout->addLayout(buttons);
    layout->addWidget(body, 1);
    layout->addWidget(m_status);
    return layout;
}

void CloudListPage::selectFirstRowIfNone(QTableView *view)
{
    if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
}

bool CloudListPage::askToConfirm(const QString &title, const QString &question)
{
    return !m_confirmations
        || QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

int CloudListPage::choose(const QString &title, const QString &label, const QStringList &labels)
{
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, label, labels, 0, false, &ok);
    return ok ? int(labels.indexOf(chosen)) : -1;
}

} // namespace VirtDeck
