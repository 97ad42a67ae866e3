// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudlistpage.h"

class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace VirtDeck {

class FlavorListModel;

// Flavors: list, details with extra specs, create, project access, delete (confirmed).
class CloudFlavorsPage : public CloudListPage
{
    Q_OBJECT

public:
    explicit CloudFlavorsPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh() override;
    FlavorListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void updateDetails();
    void createFlavor();
    void deleteFlavor();
    void editAccess();

    FlavorListModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QPushButton *m_create;
    QPushButton *m_delete;
    QPushButton *m_access;
};

} // namespace VirtDeck
