// SPDX-License-Identifier: GPL-2.0-or-later
// libosinfo's database as the wizard sees it: loaded once off the calling thread, searched
// by short id and name (with the nearest relatives when the exact version is missing, as for
// debian12 in osinfo-db 20221130), and the defaults an OS implies.
#include "osinfocatalog.h"
#include "osinfoloader.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

QStringList shortIds(const OsInfoEntryList &entries)
{
    QStringList out;
    for (const OsInfoEntry &entry : entries)
        out.append(entry.shortId);
    return out;
}

} // namespace

class TestOsInfoCatalog : public QObject
{
    Q_OBJECT

private:
    OsInfoCatalogPtr m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        QFuture<Result<OsInfoCatalogPtr>> future = OsInfoLoader::catalog();
        // The loader must not block its caller: it answers before the database is read.
        const qint64 returnedAfter = timer.elapsed();
        QFutureWatcher<Result<OsInfoCatalogPtr>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        if (!future.isFinished())
            QVERIFY(finished.wait(90000));
        const Result<OsInfoCatalogPtr> result = future.result();
        QVERIFY2(result.ok(), qPrintable(result.error + u" (install osinfo-db)"_s));
        m_catalog = result.value;
        qInfo("libosinfo: %d OS entries, call returned after %lld ms, loaded in %lld ms", m_catalog->size(),
              returnedAfter, timer.elapsed());
        QVERIFY(returnedAfter < 50);
        QVERIFY(m_catalog->size() > 500);
        // Every later caller shares the same catalog.
        QFuture<Result<OsInfoCatalogPtr>> again = OsInfoLoader::catalog();
        QVERIFY(again.isFinished());
        QCOMPARE(again.result().value.get(), m_catalog.get());
    }

    void findsFedora()
    {
        const OsInfoEntryList found = m_catalog->search(u"fedora"_s);
        QVERIFY(found.size() > 10);
        QVERIFY(found.first().shortId.startsWith(u"fedora"_s));
        for (int i = 0; i < found.size() - 1; ++i)
            QVERIFY2(found.at(i).distro == u"fedora"_s || found.at(i).name.contains(u"Fedora"_s), qPrintable(found.at(i).shortId));
        QVERIFY(found.last().isGeneric());
        QCOMPARE(m_catalog->search(u"fedora37"_s).first().shortId, u"fedora37"_s);
    }

    void findsUbuntu2204()
    {
        for (const QString &query : {u"ubuntu 22.04"_s, u"Ubuntu22.04"_s, u"ubuntu22.04"_s, u"jammy"_s}) {
            const OsInfoEntryList found = m_catalog->search(query);
            QVERIFY2(!found.isEmpty(), qPrintable(query));
            QVERIFY2(found.first().shortId == u"ubuntu22.04"_s, qPrintable(query + u" -> "_s + shortIds(found).join(u' ')));
        }
        const OsInfoEntry *entry = m_catalog->find(u"ubuntu22.04"_s);
        QVERIFY(entry);
        QCOMPARE(entry->id, u"http://ubuntu.com/ubuntu/22.04"_s);
        QVERIFY(entry->virtioBlock);
        QVERIFY(entry->virtioNet);
        QVERIFY(entry->recommendedMemory >= 1024ull << 20);
    }

    void debian12FallsBackToNearest()
    {
        QVERIFY(!m_catalog->find(u"debian12"_s)); // the reason for the fallback
        for (const QString &query : {u"debian 12"_s, u"debian12"_s, u"Debian 12"_s}) {
            const QStringList ids = shortIds(m_catalog->search(query));
            QVERIFY2(ids.size() >= 3, qPrintable(ids.join(u' ')));
            QCOMPARE(ids.mid(0, 2), (QStringList{u"debiantesting"_s, u"debian11"_s}));
            QCOMPARE(ids.last(), u"generic"_s);
        }
        // Nothing at all: generic only.
        QCOMPARE(shortIds(m_catalog->search(u"no-such-os-anywhere 99"_s)), QStringList{u"generic"_s});
        // No query: recent systems first, generic last.
        const OsInfoEntryList recent = m_catalog->search({}, 20);
        QCOMPARE(recent.size(), 20);
        QVERIFY(recent.last().isGeneric());
    }

    void defaults()
    {
        const OsInfoEntry *debian = m_catalog->find(u"debian11"_s);
        QVERIFY(debian);
        const GuestDefaults d = OsInfoCatalog::defaultsFor(*debian);
        QCOMPARE(d.memoryMiB, debian->recommendedMemory >> 20);
        QVERIFY(d.memoryMiB >= 1024);
        QVERIFY(d.diskGiB >= 10);
        QVERIFY(d.vcpus >= 1);
        QVERIFY(d.virtio);

        // An old system without virtio drivers gets emulated devices.
        const OsInfoEntry *xp = m_catalog->find(u"winxp"_s);
        QVERIFY(xp);
        QVERIFY(!xp->virtioBlock);
        QVERIFY(!OsInfoCatalog::defaultsFor(*xp).virtio);

        const GuestDefaults generic = OsInfoCatalog::defaultsFor(OsInfoCatalog::generic());
        QCOMPARE(generic.memoryMiB, 1024u);
        QCOMPARE(generic.diskGiB, 10u);
        QVERIFY(!generic.virtio);

        // An entry libosinfo knows nothing about falls back to sane sizes.
        const GuestDefaults empty = OsInfoCatalog::defaultsFor(OsInfoEntry{});
        QCOMPARE(empty.memoryMiB, 1024u);
        QCOMPARE(empty.diskGiB, 20u);
    }
};

QTEST_GUILESS_MAIN(TestOsInfoCatalog)
#include "tst_osinfocatalog.moc"
