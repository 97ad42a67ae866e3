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
    // Some targets need an event loop (rfb); one application for the whole run.
    static QCoreApplication app(*argc, *argv);
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
