// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudkeypairspage.h"

#include "keypairclient.h"
#include "keypairdialog.h"
#include "keypairlistmodel.h"
#include "whenfinished.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudKeyPairsPage::CloudKeyPairsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new KeyPairListModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    setObjectName(u"cloudKeyPairsPage"_s);
    m_view->setObjectName(u"keyPairList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnWidth(KeyPairListModel::NameColumn, 200);
    m_status->setObjectName(u"keyPairStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delete->setObjectName(u"keyPairDelete"_s);
    m_delete->setEnabled(false);
    auto *importButton = new QPushButton(tr("Import Public Key…"), this);
    importButton->setObjectName(u"keyPairImport"_s);
    auto *createButton = new QPushButton(tr("Create Key Pair…"), this);
    createButton->setObjectName(u"keyPairCreate"_s);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(importButton);
    buttons->addWidget(createButton);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(importButton, &QPushButton::clicked, this, &CloudKeyPairsPage::importKeyPair);
    connect(createButton, &QPushButton::clicked, this, &CloudKeyPairsPage::createKeyPair);
    connect(m_delete, &QPushButton::clicked, this, &CloudKeyPairsPage::deleteKeyPair);
    connect(refreshButton, &QPushButton::clicked, this, &CloudKeyPairsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_delete->setEnabled(m_model->item(current)); });
    connect(m_model, &KeyPairListModel::refreshed, this, [this] {
        // A notice of the last action (where the private key went) stays above the count.
        const QString count = tr("%n key pair(s)", nullptr, m_model->rowCount());
        m_status->setText(m_notice.isEmpty() ? count : m_notice + u"\n"_s + count);
        m_delete->setEnabled(m_model->item(m_view->currentIndex()));
        Q_EMIT loaded();
    });
    connect(m_model, &KeyPairListModel::refreshFailed, this, [this](const QString &error) {
        m_status->setText(error);
        Q_EMIT loaded();
    });
}

QString CloudKeyPairsPage::statusText() const
{
    return m_status->text();
}

void CloudKeyPairsPage::setSession(CloudSession *session)
{
    m_session = session;
    m_status->setText(tr("Loading…"));
    m_model->setSession(session);
}

void CloudKeyPairsPage::refresh()
{
    m_model->refresh();
}

void CloudKeyPairsPage::importKeyPair()
{
    KeyPairDialog dialog(KeyPairDialog::Mode::Import, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_notice = tr("Key pair %1 imported (fingerprint %2).").arg(dialog.result().keyPair.name, dialog.result().keyPair.fingerprint);
    m_status->setText(m_notice);
    refresh();
}

void CloudKeyPairsPage::createKeyPair()
{
    KeyPairDialog dialog(KeyPairDialog::Mode::Create, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CreatedKeyPair &created = dialog.result();
    const QString text = tr("Key pair %1 created. The private key is saved in %2 (readable only by you); "
                            "log in with: ssh -i %2 USER@ADDRESS")
                             .arg(created.keyPair.name, created.privateKeyPath);
    m_notice = text;
    m_status->setText(text);
    if (m_confirmations)
        QMessageBox::information(this, tr("Key Pair Created"), text);
    refresh();
}

void CloudKeyPairsPage::deleteKeyPair()
{
    const KeyPair *pair = m_model->item(m_view->currentIndex());
    if (!pair || !m_session)
        return;
    const QString name = pair->name;
    if (m_confirmations
        && QMessageBox::question(this, tr("Delete Key Pair"),
                              tr("Delete key pair %1 from the cloud? Instances that use it keep it; "
                                 "a local private key is not touched.").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    whenFinished(KeyPairClient(m_session).deleteKeyPair(name), this, [this, name](const Result<bool> &result) {
        if (!result.ok()) {
            m_status->setText(result.error);
            return;
        }
        m_notice = tr("Key pair %1 deleted.").arg(name);
        m_status->setText(m_notice);
        refresh();
    });
}

} // namespace VirtDeck
