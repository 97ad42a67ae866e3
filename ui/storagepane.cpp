// SPDX-License-Identifier: GPL-2.0-or-later
#include "storagepane.h"

#include "usagebardelegate.h"

#include "connectionsession.h"
#include "storageformvalidator.h"
#include "storagepooldialog.h"
#include "storagepoolmodel.h"
#include "storageservice.h"
#include "storagevolumedialog.h"
#include "storagevolumemodel.h"
#include "volumetransfer.h"
#include "whenfinished.h"
#include "xmltextdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

QTableView *makeView(const QString &name, QSortFilterProxyModel *proxy, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

StoragePane::StoragePane(ConnectionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_pools(new StoragePoolModel(session, this))
    , m_volumes(new StorageVolumeModel(session, this))
    , m_poolProxy(new QSortFilterProxyModel(this))
    , m_volumeProxy(new QSortFilterProxyModel(this))
    , m_poolView(nullptr)
    , m_volumeView(nullptr)
    , m_message(new QLabel(this))
{
    setObjectName(u"storagePane"_s);
    m_poolProxy->setSourceModel(m_pools);
    m_poolProxy->setSortRole(StoragePoolModel::SortRole);
    m_volumeProxy->setSourceModel(m_volumes);
    m_volumeProxy->setSortRole(StorageVolumeModel::SortRole);
    m_poolView = makeView(u"poolsView"_s, m_poolProxy, this);
    m_volumeView = makeView(u"volumesView"_s, m_volumeProxy, this);
    m_poolView->setAccessibleName(tr("Storage pools"));
    m_volumeView->setAccessibleName(tr("Storage volumes"));
    m_poolView->setItemDelegateForColumn(StoragePoolModel::UsageColumn,
                                         new UsageBarDelegate(StoragePoolModel::UsagePercentRole, m_poolView));
    m_message->setObjectName(u"storageMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    const StorageService service(session);
    const auto run = [this](const QFuture<Result<bool>> &future) {
        whenFinished(future, this, [this](const Result<bool> &result) { afterChange(result.error); });
    };
    const auto confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };

    auto *poolBar = new QToolBar(this);
    QAction *newPool = makeAction(u"actionNewPool"_s, tr("New &Pool…"));
    m_startPool = makeAction(u"actionStartPool"_s, tr("&Start"));
    m_stopPool = makeAction(u"actionStopPool"_s, tr("S&top"));
    QAction *build = makeAction(u"actionBuildPool"_s, tr("&Build"));
    QAction *refreshPool = makeAction(u"actionRefreshPool"_s, tr("&Refresh"));
    m_autostart = makeAction(u"actionPoolAutostart"_s, tr("&Autostart"));
    m_autostart->setCheckable(true);
    QAction *poolXml = makeAction(u"actionPoolXml"_s, tr("&XML"));
    QAction *deletePool = makeAction(u"actionDeletePool"_s, tr("&Delete Storage…"));
    QAction *undefine = makeAction(u"actionUndefinePool"_s, tr("&Undefine…"));
    m_poolActions = {m_startPool, m_stopPool, build, refreshPool, m_autostart, poolXml, deletePool, undefine};
    poolBar->addAction(newPool);
    poolBar->addActions(m_poolActions);

    auto *volumeBar = new QToolBar(this);
    m_newVolume = makeAction(u"actionNewVolume"_s, tr("New &Volume…"));
    m_upload = makeAction(u"actionUploadVolume"_s, tr("&Upload…"));
    QAction *downloadAction = makeAction(u"actionDownloadVolume"_s, tr("Do&wnload…"));
    QAction *clone = makeAction(u"actionCloneVolume"_s, tr("&Clone…"));
    QAction *resize = makeAction(u"actionResizeVolume"_s, tr("Resi&ze…"));
    QAction *wipe = makeAction(u"actionWipeVolume"_s, tr("&Wipe…"));
    QAction *deleteVolume = makeAction(u"actionDeleteVolume"_s, tr("De&lete…"));
    QAction *volumeXml = makeAction(u"actionVolumeXml"_s, tr("X&ML"));
    m_volumeActions = {downloadAction, clone, resize, wipe, deleteVolume, volumeXml};
    volumeBar->addActions({m_newVolume, m_upload});
    volumeBar->addActions(m_volumeActions);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins({});
    topLayout->addWidget(poolBar);
    topLayout->addWidget(m_poolView);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins({});
    bottomLayout->addWidget(volumeBar);
    bottomLayout->addWidget(m_volumeView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(newPool, &QAction::triggered, this, [this] {
        auto *dialog = new StoragePoolDialog(m_session, m_pools->keys(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_startPool, &QAction::triggered, this, [=, this] { run(service.startPool(currentPool())); });
    connect(m_stopPool, &QAction::triggered, this, [=, this] { run(service.stopPool(currentPool())); });
    connect(build, &QAction::triggered, this, [=, this] { run(service.buildPool(currentPool())); });
    connect(refreshPool, &QAction::triggered, this, [=, this] { run(service.refreshPool(currentPool())); });
    connect(m_autostart, &QAction::triggered, this, [=, this](bool on) { run(service.setPoolAutostart(currentPool(), on)); });
    connect(deletePool, &QAction::triggered, this, [=, this] {
        if (confirm(tr("Delete Pool Storage"), tr("Delete the storage of pool \"%1\" (its directory or volume "
                                                  "group) from the host? This cannot be undone.")
                                                   .arg(currentPool())))
            run(service.deletePool(currentPool()));
    });
    connect(undefine, &QAction::triggered, this, [=, this] {
        if (confirm(tr("Undefine Pool"), tr("Forget pool \"%1\"? Its volumes stay on disk.").arg(currentPool())))
            run(service.undefinePool(currentPool()));
    });
    const auto showXml = [this](const QString &title, const QFuture<Result<QString>> &future) {
        whenFinished(future, this, [this, title](const Result<QString> &result) {
            if (!result.ok())
                return showError(result.error);
            auto *dialog = new XmlTextDialog(title, result.value, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    };
    connect(poolXml, &QAction::triggered, this,
            [=, this] { showXml(tr("Pool %1 — XML").arg(currentPool()), service.poolXml(currentPool())); });
    connect(volumeXml, &QAction::triggered, this, [=, this] {
        showXml(tr("Volume %1 — XML").arg(currentVolume()), service.volumeXml(currentPool(), currentVolume()));
    });

    connect(m_newVolume, &QAction::triggered, this, [this] {
        auto *dialog = new StorageVolumeDialog(m_session, currentPool(), m_volumes->items(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &StorageVolumeDialog::volumeCreated, this, [this] { afterChange({}); });
        dialog->open();
    });
    connect(clone, &QAction::triggered, this, [=, this] {
        const QString source = currentVolume();
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Clone Volume"), tr("Name of the copy:"), QLineEdit::Normal,
                                                   tr("%1-copy").arg(source), &ok);
        if (!ok)
            return;
        const FormProblems problems = StorageFormValidator::validateClone(name.trimmed(), m_volumes->keys());
        if (!problems.isEmpty())
            return showError(problems.first().message);
        whenFinished(service.cloneVolume(currentPool(), source, name.trimmed()), this,
                     [this](const Result<StorageVolumeInfo> &result) { afterChange(result.error); });
    });
    connect(resize, &QAction::triggered, this, [=, this] {
        const StorageVolumeInfo *volume = m_volumes->item(m_volumes->rowOf(currentVolume()));
        if (!volume)
            return;
        bool ok = false;
        const double gib = QInputDialog::getDouble(this, tr("Resize Volume"), tr("New capacity (GiB):"),
                                                   double(volume->capacity) / (1 << 30), 0, 65536, 2, &ok);
        if (!ok)
            return;
        const quint64 bytes = quint64(gib * (1 << 30));
        const bool shrink = bytes < volume->capacity;
        if (shrink && !confirm(tr("Shrink Volume"), tr("Shrinking destroys the data at the end of the volume. Shrink?")))
            return;
        const FormProblems problems = StorageFormValidator::validateResize(volume->capacity, bytes, shrink);
        if (!problems.isEmpty())
            return showError(problems.first().message);
        run(service.resizeVolume(currentPool(), volume->name, bytes, shrink));
    });
    connect(wipe, &QAction::triggered, this, [=, this] {
        if (confirm(tr("Wipe Volume"), tr("Overwrite all data of \"%1\" with zeros?").arg(currentVolume())))
            run(service.wipeVolume(currentPool(), currentVolume()));
    });
    connect(deleteVolume, &QAction::triggered, this, [=, this] {
        if (confirm(tr("Delete Volume"), tr("Delete the volume \"%1\" and its data?").arg(currentVolume())))
            run(service.deleteVolume(currentPool(), currentVolume()));
    });
    connect(m_upload, &QAction::triggered, this, &StoragePane::upload);
    connect(downloadAction, &QAction::triggered, this, &StoragePane::download);

    connect(m_poolView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_volumes->setPool(currentPool());
        updateActions();
    });
    connect(m_volumeView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StoragePane::updateActions);
    connect(m_pools, &QAbstractItemModel::dataChanged, this, [this] {
        // A pool that just started has volumes to show; one that stopped has none.
        const StoragePoolInfo *pool = m_pools->item(m_pools->rowOf(currentPool()));
        if (pool && pool->isActive() != (m_volumes->rowCount() > 0 || m_volumes->isListing()))
            m_volumes->refresh();
        updateActions();
    });
    connect(m_pools, &StoragePoolModel::refreshed, this, [this] {
        m_poolView->resizeColumnsToContents();
        if (!m_poolView->selectionModel()->hasSelection() && m_poolProxy->rowCount() > 0)
            m_poolView->selectRow(0);
        updateActions();
    });
    connect(m_volumes, &StorageVolumeModel::refreshed, this, [this] {
        if (m_volumes->rowCount() < 2000) // sizing reads every row: skip it for huge pools
            m_volumeView->resizeColumnsToContents();
    });
    connect(m_pools, &StoragePoolModel::refreshFailed, this, &StoragePane::showError);
    connect(m_volumes, &StorageVolumeModel::refreshFailed, this, &StoragePane::showError);
    updateActions();
}

QAction *StoragePane::makeAction(const QString &objectName, const QString &text)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    return action;
}

QString StoragePane::currentPool() const
{
    const QModelIndexList rows = m_poolView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_poolProxy->mapToSource(rows.first()).data(StoragePoolModel::KeyRole).toString();
}

QString StoragePane::currentVolume() const
{
    const QModelIndexList rows = m_volumeView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : m_volumeProxy->mapToSource(rows.first()).data(StorageVolumeModel::KeyRole).toString();
}

void StoragePane::updateActions()
{
    const StoragePoolInfo *pool = m_pools->item(m_pools->rowOf(currentPool()));
    for (QAction *action : std::as_const(m_poolActions))
        action->setEnabled(pool);
    if (pool) {
        m_startPool->setEnabled(!pool->isActive());
        m_stopPool->setEnabled(pool->isActive());
        m_autostart->setChecked(pool->autostart);
    }
    m_newVolume->setEnabled(pool && pool->isActive());
    m_upload->setEnabled(pool && pool->isActive());
    const bool volume = !currentVolume().isEmpty();
    for (QAction *action : std::as_const(m_volumeActions))
        action->setEnabled(volume);
}

void StoragePane::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void StoragePane::afterChange(const QString &error)
{
    showError(error);
    m_pools->refresh();   // sizes and autostart change without an event
    m_volumes->refresh(); // libvirt has no volume events
}

void StoragePane::upload()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Upload a File into a New Volume"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Upload"), tr("Name of the new volume:"), QLineEdit::Normal,
                                               QFileInfo(path).fileName(), &ok).trimmed();
    if (!ok)
        return;
    const FormProblems problems = StorageFormValidator::validateClone(name, m_volumes->keys());
    if (!problems.isEmpty())
        return showError(problems.first().message);
    transfer(true, name, path);
}

void StoragePane::download()
{
    const QString volume = currentVolume();
    const QString path = QFileDialog::getSaveFileName(this, tr("Download Volume"), volume);
    if (!path.isEmpty())
        transfer(false, volume, path);
}

void StoragePane::transfer(bool upload, const QString &volume, const QString &path)
{
    VolumeTransfer::Request request;
    request.direction = upload ? VolumeTransfer::Direction::Upload : VolumeTransfer::Direction::Download;
    request.uri = m_session->uri();
    request.pool = currentPool();
    request.volume = volume;
    request.localPath = path;
    auto *job = new VolumeTransfer(request, this);
    auto *progress = new QProgressDialog(this);
    progress->setObjectName(u"transferProgress"_s);
    progress->setWindowTitle(upload ? tr("Uploading %1").arg(volume) : tr("Downloading %1").arg(volume));
    progress->setLabelText(tr("Connecting…"));
    progress->setRange(0, 1000);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, job, &VolumeTransfer::cancel);
    connect(job, &VolumeTransfer::progress, progress, [progress](qint64 done, qint64 total, double speed) {
        const QLocale locale;
        progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        progress->setLabelText(tr("%1 of %2 at %3/s")
                                   .arg(locale.formattedDataSize(done, 1, QLocale::DataSizeIecFormat),
                                        locale.formattedDataSize(total, 1, QLocale::DataSizeIecFormat),
                                        locale.formattedDataSize(qint64(speed), 1, QLocale::DataSizeIecFormat)));
    });
    connect(job, &VolumeTransfer::finished, this, [this, job, progress](bool ok, bool canceled, const QString &error) {
        progress->close();
        afterChange(ok || canceled ? QString() : error);
        job->deleteLater();
    });
    job->start();
    progress->show();
}

} // namespace VirtDeck
