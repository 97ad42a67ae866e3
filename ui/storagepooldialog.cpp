// SPDX-License-Identifier: GPL-2.0-or-later
#include "storagepooldialog.h"

#include "problemslabel.h"
#include "storageformvalidator.h"
#include "storageservice.h"
#include "storagexml.h"
#include "whenfinished.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

QString xmlTemplate(const QString &type)
{
    // Starting points for the XML form, to be completed by the user.
    if (type == u"fs"_s)
        return u"<pool type='fs'>\n  <name>NAME</name>\n  <source>\n    <device path='/dev/sdX1'/>\n    <format type='auto'/>\n  </source>\n  <target>\n    <path>/mnt/NAME</path>\n  </target>\n</pool>\n"_s;
    if (type == u"disk"_s)
        return u"<pool type='disk'>\n  <name>NAME</name>\n  <source>\n    <device path='/dev/sdX'/>\n    <format type='gpt'/>\n  </source>\n  <target>\n    <path>/dev</path>\n  </target>\n</pool>\n"_s;
    return u"<pool type='iscsi'>\n  <name>NAME</name>\n  <source>\n    <host name='iscsi.example'/>\n    <device path='iqn.2024-01.example:target'/>\n  </source>\n  <target>\n    <path>/dev/disk/by-path</path>\n  </target>\n</pool>\n"_s;
}

} // namespace

StoragePoolDialog::StoragePoolDialog(ConnectionSession *session, const QStringList &existingPools, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_existing(existingPools)
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_sourceHost(new QLineEdit(this))
    , m_sourcePath(new QLineEdit(this))
    , m_sourceFormat(new QComboBox(this))
    , m_devices(new QLineEdit(this))
    , m_vgName(new QLineEdit(this))
    , m_xml(new QPlainTextEdit(this))
    , m_build(new QCheckBox(tr("Build the pool (create the directory, volume group…)"), this))
    , m_start(new QCheckBox(tr("Start the pool now"), this))
    , m_autostart(new QCheckBox(tr("Start when the host boots"), this))
    , m_problems(new ProblemsLabel(this))
    , m_formPage(new QWidget(this))
{
    setObjectName(u"storagePoolDialog"_s);
    setWindowTitle(tr("New Storage Pool"));
    m_type->setObjectName(u"typeCombo"_s);
    m_type->addItem(tr("Directory (dir)"), u"dir"_s);
    m_type->addItem(tr("Network file system (netfs)"), u"netfs"_s);
    m_type->addItem(tr("LVM volume group (logical)"), u"logical"_s);
    m_type->addItem(tr("File system on a device (fs) — XML"), u"fs"_s);
    m_type->addItem(tr("Whole disk (disk) — XML"), u"disk"_s);
    m_type->addItem(tr("iSCSI target (iscsi) — XML"), u"iscsi"_s);
    m_name->setObjectName(u"nameEdit"_s);
    m_target->setObjectName(u"targetEdit"_s);
    m_sourceHost->setObjectName(u"sourceHostEdit"_s);
    m_sourcePath->setObjectName(u"sourcePathEdit"_s);
    m_sourceFormat->setObjectName(u"sourceFormatCombo"_s);
    m_sourceFormat->addItems({u"auto"_s, u"nfs"_s, u"cifs"_s, u"glusterfs"_s});
    m_devices->setObjectName(u"devicesEdit"_s);
    m_devices->setPlaceholderText(tr("/dev/sdb /dev/sdc"));
    m_vgName->setObjectName(u"vgNameEdit"_s);
    m_vgName->setPlaceholderText(tr("the pool's name"));
    m_xml->setObjectName(u"xmlEdit"_s);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_build->setObjectName(u"buildCheck"_s);
    m_start->setObjectName(u"startCheck"_s);
    m_autostart->setObjectName(u"autostartCheck"_s);
    m_build->setChecked(true);
    m_start->setChecked(true);

    auto *form = new QFormLayout(m_formPage);
    form->setContentsMargins({});
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Target path:"), m_target);
    form->addRow(tr("Server:"), m_sourceHost);
    form->addRow(tr("Export / share:"), m_sourcePath);
    form->addRow(tr("Protocol:"), m_sourceFormat);
    form->addRow(tr("Devices:"), m_devices);
    form->addRow(tr("Volume group:"), m_vgName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StoragePoolDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &StoragePoolDialog::typeChanged);

    auto *layout = new QVBoxLayout(this);
    auto *typeRow = new QFormLayout;
    typeRow->addRow(tr("T&ype:"), m_type);
    layout->addLayout(typeRow);
    layout->addWidget(m_formPage);
    layout->addWidget(m_xml, 1);
    layout->addWidget(m_build);
    layout->addWidget(m_start);
    layout->addWidget(m_autostart);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    typeChanged();
    resize(560, 420);
}

void StoragePoolDialog::typeChanged()
{
    const QString type = m_type->currentData().toString();
    const bool xml = type != u"dir"_s && type != u"netfs"_s && type != u"logical"_s;
    m_formPage->setVisible(!xml);
    m_xml->setVisible(xml);
    if (xml && (m_xml->toPlainText().isEmpty() || m_xml->toPlainText().startsWith(u"<pool type='"_s)))
        m_xml->setPlainText(xmlTemplate(type));
    auto *form = static_cast<QFormLayout *>(m_formPage->layout());
    const bool netfs = type == u"netfs"_s;
    const bool logical = type == u"logical"_s;
    form->setRowVisible(m_sourceHost, netfs);
    form->setRowVisible(m_sourcePath, netfs);
    form->setRowVisible(m_sourceFormat, netfs);
    form->setRowVisible(m_devices, logical);
    form->setRowVisible(m_vgName, logical);
    m_target->setPlaceholderText(type == u"dir"_s ? u"/var/lib/libvirt/images/pool"_s
                                 : netfs          ? u"/mnt/pool"_s
                                                  : tr("/dev/<volume group>"));
}

StoragePoolForm StoragePoolDialog::form() const
{
    StoragePoolForm form;
    const QString type = m_type->currentData().toString();
    const bool xml = type != u"dir"_s && type != u"netfs"_s && type != u"logical"_s;
    form.type = xml ? u"xml"_s : type;
    form.name = xml ? StorageXml::poolName(m_xml->toPlainText()) : m_name->text().trimmed();
    form.targetPath = m_target->text().trimmed();
    form.sourceHost = m_sourceHost->text().trimmed();
    form.sourcePath = m_sourcePath->text().trimmed();
    form.sourceFormat = m_sourceFormat->currentText();
    form.sourceDevices = m_devices->text().split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    form.sourceName = m_vgName->text().trimmed();
    form.xml = m_xml->toPlainText();
    form.build = m_build->isChecked();
    form.start = m_start->isChecked();
    form.autostart = m_autostart->isChecked();
    return form;
}

void StoragePoolDialog::showProblems(const FormProblems &problems)
{
    m_problems->setProblems(problems);
}

void StoragePoolDialog::submit()
{
    const StoragePoolForm current = form();
    FormProblems problems = StorageFormValidator::validatePool(current, m_existing);
    if (current.type == u"xml"_s && m_existing.contains(current.name))
        problems.append({u"xml"_s, tr("A pool named \"%1\" already exists on this host.").arg(current.name)});
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    setEnabled(false);
    whenFinished(StorageService(m_session).createPool(current), this, [this](const Result<StoragePoolInfo> &result) {
        setEnabled(true);
        if (!result.ok()) {
            showProblems({FormProblem{{}, result.error}});
            return;
        }
        Q_EMIT poolCreated(result.value.name);
        accept();
    });
}

} // namespace VirtDeck
