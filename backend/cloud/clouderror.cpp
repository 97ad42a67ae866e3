// SPDX-License-Identifier: GPL-2.0-or-later
#include "clouderror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

QString messageOf(const QJsonObject &object)
{
    for (const QString &key : {u"message"_s, u"detail"_s, u"explanation"_s, u"title"_s}) {
        const QJsonValue value = object.value(key);
        // Nova's webob errors carry HTML line breaks ("The resource could not be found.<br /><br />")
        QString text = value.toString();
        text.replace(QRegularExpression(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption), u" "_s);
        text = text.simplified();
        if (value.isString() && !text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

QString CloudError::serviceMessage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject root = document.object();
        if (const QString direct = messageOf(root); !direct.isEmpty())
            return direct;
        // {"forbidden": {...}}, {"NeutronError": {...}}, {"error": {...}}, {"itemNotFound": {...}}
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.value().isObject()) {
                if (const QString nested = messageOf(it.value().toObject()); !nested.isEmpty())
                    return nested;
            } else if (it.key() == u"NeutronError"_s && it.value().isString()) {
                return it.value().toString();
            }
        }
        return {};
    }
    // Plain text or HTML (Glance, proxies): "403 Forbidden\n\nYou are not authorized ...\n\n"
    QString text = QString::fromUtf8(body);
    text.replace(QRegularExpression(u"<[^>]*>"_s), u"\n"_s);
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !QRegularExpression(u"^\\d{3} [A-Za-z ]+$"_s).match(trimmed).hasMatch())
            lines.append(trimmed);
    }
    QString message = lines.join(u' ');
    if (message.size() > 400)
        message = message.left(400) + u'…';
    return message;
}

QString CloudError::explanation(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return tr("The service rejected the values sent.");
    case 401:
        return tr("The credentials are wrong, or the sign-in is no longer valid.");
    case 403:
        return tr("Your role in this project does not allow this; the cloud's policy reserves it for other roles, usually administrators.");
    case 404:
        return tr("It does not exist (any more), or this project cannot see it.");
    case 409:
        return tr("It conflicts with something that exists already, for example an identical entry.");
    case 413:
        return tr("A quota or size limit would be exceeded.");
    case 500:
        return tr("The service failed internally; its log has the details.");
    case 503:
        return tr("The service is not available right now.");
    default:
        return {};
    }
}

QString CloudError::serviceLabel(const QString &serviceType)
{
    if (serviceType == u"compute"_s)
        return tr("Compute (Nova)");
    if (serviceType == u"volumev3"_s || serviceType == u"block-storage"_s || serviceType == u"volume"_s)
        return tr("Block storage (Cinder)");
    if (serviceType == u"network"_s)
        return tr("Network (Neutron)");
    if (serviceType == u"identity"_s)
        return tr("Identity (Keystone)");
    if (serviceType == u"image"_s)
        return tr("Image (Glance)");
    if (serviceType == u"placement"_s)
        return tr("Placement");
    return serviceType;
}

QString CloudError::describe(int httpStatus, const QByteArray &body, const QString &serviceType)
{
    const QString message = serviceMessage(body);
    const QString explained = explanation(httpStatus);
    QString text = tr("%1: HTTP %2").arg(serviceLabel(serviceType)).arg(httpStatus);
    if (!message.isEmpty())
        text += u": "_s + message;
    if (!explained.isEmpty())
        text += u"\n"_s + explained;
    return text;
}

QString CloudError::malformed(const QString &serviceType, const QString &detail)
{
    return tr("%1 sent a reply VirtDeck cannot read: %2").arg(serviceLabel(serviceType), detail);
}

} // namespace VirtDeck::Cloud
