// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsession.h"
#include "quotaset.h"
#include "result.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace VirtDeck {


// Compute, volume and network quotas of the current project: limit, use (bar), default;
// admins edit limits (-1 = unlimited) and save each service on its own.
class CloudQuotasPage : public QWidget
{
    Q_OBJECT

public:
    explicit CloudQuotasPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh();
    // The project whose quotas are shown: the session's own, or (admins) any other.
    QString projectId() const;
    void setProjectId(const QString &projectId);
    // True once all three services answered (or failed) since the last refresh.
    bool isLoaded() const { return m_pending == 0; }
    static QString resourceLabel(const QString &resource);

Q_SIGNALS:
    void loaded();

private:
    struct Service
    {
        QString type;
        QGroupBox *box = nullptr;
        QWidget *rows = nullptr;
        QLabel *status = nullptr;
        QPushButton *save = nullptr;
        Cloud::QuotaSet current;
        Cloud::QuotaSet defaults;
        QHash<QString, QSpinBox *> editors;
    };

    void showSet(Service &service);
    void save(const QString &type);
    Service &service(const QString &type);
    void finishOne();

    QPointer<Cloud::CloudSession> m_session;
    QList<Service> m_services;
    QPushButton *m_edit = nullptr;
    QLabel *m_project = nullptr;
    QComboBox *m_projectChooser = nullptr;
    QString m_projectId;
    int m_pending = 0;
};

} // namespace VirtDeck
