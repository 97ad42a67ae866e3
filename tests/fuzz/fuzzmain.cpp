// SPDX-License-Identifier: GPL-2.0-or-later
// The libFuzzer executable of one target; VIRTDECK_FUZZ_TARGET names its folder.
#include "fuzzentry.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
const VirtDeck::Fuzz::FuzzEntry *g_entry = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Broken inputs make Qt warn on every run (QXmlStreamWriter, QJsonDocument...): printing
    // them costs most of the time. VIRTDECK_FUZZ_VERBOSE=1 keeps them.
    if (qEnvironmentVariableIsEmpty("VIRTDECK_FUZZ_VERBOSE"))
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    // Some targets need an event loop (rfb); one application for the whole run. Never
    // destroyed: as a function-local static it would be torn down at exit after Qt's own
    // globals (a double free in QResource seen under ASan), and the process ends anyway.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    g_entry = VirtDeck::Fuzz::fuzzEntry(VIRTDECK_FUZZ_TARGET);
    if (!g_entry) {
        std::fprintf(stderr, "no fuzz entry named %s\n", VIRTDECK_FUZZ_TARGET);
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    g_entry->run(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
