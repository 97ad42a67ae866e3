// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"

#include <QMetaType>
#include <QString>
#include <QUuid>
#include <QVector>

namespace VirtDeck {

// A guest marked as a template (CloneXml::TemplateNamespace in its metadata).
struct TemplateInfo
{
    QUuid uuid;
    QString name;
    DomainState state = DomainState::ShutOff;
    int vcpus = 0;
    quint64 memoryKiB = 0;
    int diskCount = 0;

    friend bool operator==(const TemplateInfo &, const TemplateInfo &) = default;
};

using TemplateInfoList = QVector<TemplateInfo>;

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::TemplateInfo)
