// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsession.h"
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace VirtDeck {

class FlavorListModel;

// Flavors: list, details with extra specs, create, project access, delete (confirmed).
class CloudFlavorsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CloudFlavorsPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh();
    FlavorListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void loaded();

private:
    void updateDetails();
    void createFlavor();
    void deleteFlavor();
    void editAccess();

    QPointer<Cloud::CloudSession> m_session;
    FlavorListModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    QPushButton *m_create;
    QPushButton *m_delete;
    QPushButton *m_access;
};

} // namespace VirtDeck
