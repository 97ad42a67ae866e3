// SPDX-License-Identifier: GPL-2.0-or-later
// Signed-in time to show the full quota overview (Nova, Cinder and Neutron: limits and use)
// against the test cloud of scripts/cloud-start.sh, beside `openstack quota show` of
// python-openstackclient on the same cloud in the same run. Prints medians.
//   build-cloud/tests/bench/bench_cloudquota [rounds]
#include "cloudquotaspage.h"
#include "cloudsession.h"
#include "computeclient.h"
#include "networkclient.h"
#include "testcloud.h"
#include "volumeclient.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 10;
    if (const QString reason = TestCloud::unavailableReason(); !reason.isEmpty()) {
        fprintf(stderr, "bench_cloudquota: %s\n", qPrintable(reason));
        return 1;
    }
    CloudSession session(TestCloud::config(u"admin"_s));
    if (const auto token = awaitFuture(session.signIn()); !token || !token->ok()) {
        fprintf(stderr, "bench_cloudquota: sign-in failed: %s\n", token ? qPrintable(token->error) : "timeout");
        return 1;
    }
    const QString demo = TestCloud::projectId(u"demo"_s);

    // 1. The client: three services in parallel, limits and use, parsed.
    QList<double> client;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto compute = ComputeClient(&session).quotas(demo);
        const auto volume = VolumeClient(&session).quotas(demo);
        const auto network = NetworkClient(&session).quotas(demo);
        bool ok = true;
        for (const auto &future : {compute, volume, network}) {
            const auto result = awaitFuture(future);
            ok = ok && result && result->ok();
        }
        if (!ok) {
            fprintf(stderr, "bench_cloudquota: a quota request failed\n");
            return 1;
        }
        client.append(timer.nsecsElapsed() / 1e6);
    }

    // 2. The page: from refresh to the three boxes filled (limits, use and defaults asked).
    CloudQuotasPage page;
    page.resize(1200, 700);
    page.show();
    page.setSession(&session);
    QSignalSpy loaded(&page, &CloudQuotasPage::loaded);
    loaded.wait(30000);
    QList<double> shown;
    for (int round = 0; round < rounds; ++round) {
        loaded.clear();
        QElapsedTimer timer;
        timer.start();
        page.refresh();
        if (!loaded.wait(30000)) {
            fprintf(stderr, "bench_cloudquota: the page did not load\n");
            return 1;
        }
        QCoreApplication::processEvents(); // the last box's layout
        shown.append(timer.nsecsElapsed() / 1e6);
    }

    // 3. python-openstackclient, same cloud, same run.
    QList<double> osc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QFile openrc(QDir(TestCloud::directory()).filePath(u"admin-openrc"_s));
    if (openrc.open(QIODevice::ReadOnly)) {
        for (const QString &line : QString::fromUtf8(openrc.readAll()).split(u'\n')) {
            const QString assignment = line.startsWith(u"export "_s) ? line.mid(7) : line;
            const qsizetype equals = assignment.indexOf(u'=');
            if (equals > 0)
                env.insert(assignment.left(equals), assignment.mid(equals + 1));
        }
    }
    const int oscRounds = std::min(rounds, 3);
    for (int round = 0; round < oscRounds; ++round) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(u"openstack"_s, {u"quota"_s, u"show"_s, demo});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            fprintf(stderr, "bench_cloudquota: openstack quota show failed: %s\n", process.readAllStandardError().constData());
            break;
        }
        osc.append(timer.nsecsElapsed() / 1e6);
    }

    printf("quota overview of project demo (Nova + Cinder + Neutron, limits and use), signed in, median of %d:\n", rounds);
    printf("  VirtDeck client (3 parallel requests, parsed): %8.1f ms\n", median(client));
    printf("  VirtDeck quota page (limits, use, defaults shown): %8.1f ms\n", median(shown));
    if (!osc.isEmpty()) {
        printf("  openstack quota show (python-openstackclient), median of %d: %8.1f ms\n", int(osc.size()), median(osc));
        printf("  speed-up: client %.0fx, page %.0fx\n", median(osc) / median(client), median(osc) / median(shown));
    } else {
        printf("  openstack quota show: not measured (python3-openstackclient missing or failing)\n");
    }
    return 0;
}
