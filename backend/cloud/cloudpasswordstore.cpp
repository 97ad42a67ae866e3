// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudpasswordstore.h"

#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T, typename Job, typename Done>
QFuture<Result<T>> run(Job *job, Done done)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job, done] {
        Result<T> result = job->error() == QKeychain::NoError
            ? done(job)
            : Result<T>::failure(CloudPasswordStore::tr("System keychain: %1").arg(job->errorString()));
        promise->addResult(result);
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace

CloudPasswordStore::CloudPasswordStore(QObject *parent)
    : QObject(parent)
{
}

QString CloudPasswordStore::serviceName()
{
    return u"VirtDeck OpenStack"_s;
}

QFuture<Result<QString>> CloudPasswordStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(key);
    return run<QString>(job, [](QKeychain::ReadPasswordJob *finished) { return Result<QString>{finished->textData(), {}}; });
}

QFuture<Result<bool>> CloudPasswordStore::write(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(key);
    job->setTextData(password);
    return run<bool>(job, [](QKeychain::WritePasswordJob *) { return Result<bool>{true, {}}; });
}

QFuture<Result<bool>> CloudPasswordStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(key);
    return run<bool>(job, [](QKeychain::DeletePasswordJob *) { return Result<bool>{true, {}}; });
}

} // namespace VirtDeck::Cloud
