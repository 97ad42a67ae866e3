// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsession.h"
#include "flavoraccess.h"
#include "result.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace VirtDeck {


// The projects that may use a private flavor: list, add by project ID, remove.
class FlavorAccessDialog : public QDialog
{
    Q_OBJECT

public:
    FlavorAccessDialog(Cloud::CloudSession *session, const QString &flavorId, const QString &flavorName, QWidget *parent = nullptr);

private:
    void showAccess(const Result<QList<Cloud::FlavorAccess>> &result);

    QPointer<Cloud::CloudSession> m_session;
    QString m_flavorId;
    QListWidget *m_projects;
    QLineEdit *m_projectId;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace VirtDeck
