// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "osinfocatalog.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>

#include <memory>

namespace VirtDeck {

using OsInfoCatalogPtr = std::shared_ptr<const OsInfoCatalog>;

// Reads libosinfo's database (osinfo-db) once per process. Loading takes about 0.25 s and
// 58 MB, so it runs on a pool thread the first time anyone asks; every later caller gets the
// same future, finished or not, and the same read-only catalog.
class OsInfoLoader
{
    Q_DECLARE_TR_FUNCTIONS(OsInfoLoader)

public:
    static QFuture<Result<OsInfoCatalogPtr>> catalog();

    // The actual reading, on the calling thread (the loader's pool thread; tests).
    static Result<OsInfoCatalogPtr> loadNow();
};

} // namespace VirtDeck
