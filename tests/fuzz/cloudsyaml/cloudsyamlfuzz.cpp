// SPDX-License-Identifier: GPL-2.0-or-later
// clouds.yaml and secure.yaml into CloudConfig. One input holds both files: the part after a
// line "#### secure.yaml" is secure.yaml. The same bytes, read as KEY=VALUE lines, are also
// given to the openrc (OS_* environment) reader.
#include "fuzzentry.h"

#include "cloudconfigloader.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace VirtDeck::Fuzz {

void runCloudsYaml(const QByteArray &input)
{
    using VirtDeck::Cloud::CloudConfigLoader;
    static const QByteArray separator = "\n#### secure.yaml\n";
    const qsizetype split = input.indexOf(separator);
    const QByteArray clouds = split < 0 ? input : input.left(split);
    const QByteArray secure = split < 0 ? QByteArray() : input.mid(split + separator.size());
    CloudConfigLoader::parseCloudsYaml(clouds, secure, u"fuzz/clouds.yaml"_s);

    QProcessEnvironment environment;
    for (const QByteArray &line : input.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            environment.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    CloudConfigLoader::fromEnvironment(environment);
}

} // namespace VirtDeck::Fuzz
