// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudkeypairspage.h"

#include "keypairclient.h"
#include "keypairdialog.h"
#include "keypairlistmodel.h"
#include "whenfinished.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudKeyPairsPage::CloudKeyPairsPage(QWidget *parent)
    : CloudListPage(u"keyPairStatus"_s, parent)
    , m_model(new KeyPairListModel(this))
    , m_view(makeTable(m_model, u"keyPairList"_s))
    , m_delete(makeButton(tr("Delete…"), u"keyPairDelete"_s))
{
    setObjectName(u"cloudKeyPairsPage"_s);
    m_view->setColumnWidth(KeyPairListModel::NameColumn, 200);
    m_delete->setEnabled(false);
    auto *importButton = makeButton(tr("Import Public Key…"), u"keyPairImport"_s);
    auto *createButton = makeButton(tr("Create Key Pair…"), u"keyPairCreate"_s);
    auto *refreshButton = makeRefreshButton(tr("Refresh"));
    layOut(makeButtonRow({importButton, createButton, m_delete}, {refreshButton}), m_view);

    connect(importButton, &QPushButton::clicked, this, &CloudKeyPairsPage::importKeyPair);
    connect(createButton, &QPushButton::clicked, this, &CloudKeyPairsPage::createKeyPair);
    connect(m_delete, &QPushButton::clicked, this, &CloudKeyPairsPage::deleteKeyPair);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_delete->setEnabled(m_model->item(current)); });
    connect(m_model, &KeyPairListModel::refreshed, this, [this] {
        // A notice of the last action (where the private key went) stays above the count.
        const QString count = tr("%n key pair(s)", nullptr, m_model->rowCount());
        setStatus(m_notice.isEmpty() ? count : m_notice + u"\n"_s + count);
        m_delete->setEnabled(m_model->item(m_view->currentIndex()));
        Q_EMIT loaded();
    });
    reportLoadErrors(m_model);
}

void CloudKeyPairsPage::setSession(CloudSession *session)
{
    m_session = session;
    setStatus(tr("Loading…"));
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
    setStatus(m_notice);
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
    setStatus(text);
    if (confirmationsEnabled())
        QMessageBox::information(this, tr("Key Pair Created"), text);
    refresh();
}

void CloudKeyPairsPage::deleteKeyPair()
{
    const KeyPair *pair = m_model->item(m_view->currentIndex());
    if (!pair || !m_session)
        return;
    const QString name = pair->name;
    if (!askToConfirm(tr("Delete Key Pair"),
                      tr("Delete key pair %1 from the cloud? Instances that use it keep it; "
                         "a local private key is not touched.").arg(name)))
        return;
    whenFinished(KeyPairClient(m_session).deleteKeyPair(name), this, [this, name](const Result<bool> &result) {
        if (result.ok())
            m_notice = tr("Key pair %1 deleted.").arg(name);
        finishAction(result, m_notice);
    });
}

} // namespace VirtDeck
