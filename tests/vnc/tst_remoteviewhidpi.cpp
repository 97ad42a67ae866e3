// SPDX-License-Identifier: GPL-2.0-or-later
//
// The console on a high-density screen: QT_SCALE_FACTOR 2 (this process) and 1.5 (a child
// run of the same tests). "Actual size" must put one guest pixel on one device pixel, drawn
// without smoothing (a one-pixel checkerboard survives exactly), and the mouse must map to
// exactly the guest pixel under it, fractional logical positions included. The last test
// does the same against TigerVNC's Xvnc through a real VncSession.
// VIRTDECK_KEEP_SCREENS=DIR keeps the grabbed views as PNGs to look at.

#include "recordingdisplaysession.h"
#include "keysymmapper.h"
#include "remoteview.h"
#include "vncsession.h"
#include "vncview.h"
#include "xvncserver.h"

#include <QApplication>
#include <QMouseEvent>
#include <QProcess>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck {

using RecordingSession = Test::RecordingDisplaySession;

namespace {

class TestView : public RemoteView
{
public:
    using RemoteView::RemoteView;

protected:
    RemoteKey keyCode(const QKeyEvent &event) const override { return {m_mapper.keysym(event), 0}; }
    RemoteKey keyCodeForQtKey(int key) const override { return {m_mapper.keysym(key, Qt::NoModifier, QString()), 0}; }

private:
    KeysymMapper m_mapper;
};

// One-pixel checkerboard with a coloured frame and a marker: smoothing or an off-by-one
// would change pixels.
QImage pattern(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            QRgb colour = (x + y) % 2 ? qRgb(255, 255, 255) : qRgb(0, 0, 0);
            if (x == 0 || y == 0 || x == size.width() - 1 || y == size.height() - 1)
                colour = qRgb(255, 0, 0);
            else if (x >= 20 && x < 30 && y >= 10 && y < 14)
                colour = qRgb(0, 128, 255);
            image.setPixel(x, y, colour);
        }
    }
    return image;
}

// Device pixels of the view that differ from the framebuffer drawn 1:1 at the target.
qint64 differingDevicePixels(RemoteView &view, const QImage &framebuffer, QString *detail)
{
    const QImage grabbed = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal dpr = grabbed.devicePixelRatio();
    const QPointF origin = view.framebufferTarget().topLeft() * dpr;
    const QPoint offset(qRound(origin.x()), qRound(origin.y()));
    if (std::abs(origin.x() - offset.x()) > 1e-6 || std::abs(origin.y() - offset.y()) > 1e-6) {
        *detail = u"the picture starts between device pixels (%1, %2)"_s.arg(origin.x()).arg(origin.y());
        return -1;
    }
    if (!QRect(QPoint(0, 0), grabbed.size()).contains(QRect(offset, framebuffer.size()))) {
        *detail = u"the picture (%1x%2 at %3,%4) does not fit the grab (%5x%6)"_s.arg(framebuffer.width())
                      .arg(framebuffer.height()).arg(offset.x()).arg(offset.y()).arg(grabbed.width()).arg(grabbed.height());
        return -1;
    }
    qint64 differing = 0;
    for (int y = 0; y < framebuffer.height(); ++y) {
        for (int x = 0; x < framebuffer.width(); ++x)
            differing += (grabbed.pixel(offset + QPoint(x, y)) & 0xffffff) != (framebuffer.pixel(x, y) & 0xffffff);
    }
    *detail = u"dpr %1, %2x%3 device pixels, picture at %4,%5"_s.arg(dpr).arg(grabbed.width()).arg(grabbed.height())
                  .arg(offset.x()).arg(offset.y());
    if (!qEnvironmentVariableIsEmpty("VIRTDECK_KEEP_SCREENS"))
        grabbed.save(qEnvironmentVariable("VIRTDECK_KEEP_SCREENS") + u"/hidpi-%1-%2.png"_s.arg(dpr).arg(view.objectName()));
    return differing;
}

void moveTo(QWidget &view, const QPointF &position)
{
    QMouseEvent move(QEvent::MouseMove, position, view.mapToGlobal(position), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &move);
}

} // namespace

class TestRemoteViewHiDpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actualSizeIsOneGuestPixelPerDevicePixel();
    void mouseMapsToTheGuestPixelUnderIt();
    void clickAtAKnownPositionSendsItsGuestPixel();
    void againstXvnc();
    void atScaleOnePointFive();
};

void TestRemoteViewHiDpi::initTestCase()
{
    qInfo("QT_SCALE_FACTOR=%s, device pixel ratio %g", qgetenv("QT_SCALE_FACTOR").constData(), qApp->devicePixelRatio());
    QVERIFY(qApp->devicePixelRatio() > 1.0);
}

void TestRemoteViewHiDpi::actualSizeIsOneGuestPixelPerDevicePixel()
{
    RecordingSession session;
    TestView view(&session);
    view.setObjectName(u"recording"_s);
    view.setScaling(RemoteView::Scaling::Never);
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = pattern(QSize(201, 163)); // odd sizes: no lucky halves
    session.connectWithImage(image);
    const qreal dpr = view.devicePixelRatioF();
    QCOMPARE(view.framebufferTarget().size(), QSizeF(201 / dpr, 163 / dpr));
    QString detail;
    QTRY_COMPARE(differingDevicePixels(view, image, &detail), qint64(0));
    qInfo("actual size: %s", qPrintable(detail));

    // A partial update repaints its rectangle exactly too.
    QImage changed = image;
    for (int y = 50; y < 57; ++y)
        for (int x = 33; x < 47; ++x)
            changed.setPixel(x, y, qRgb(0, 200, 0));
    const_cast<SharedFramebuffer &>(session.framebuffer())
        .publish(changed.constBits(), changed.width(), changed.height(), changed.bytesPerLine(), QRegion(33, 50, 14, 7));
    Q_EMIT session.framebufferUpdated(QRegion(33, 50, 14, 7));
    QTRY_COMPARE(differingDevicePixels(view, changed, &detail), qint64(0));
}

void TestRemoteViewHiDpi::mouseMapsToTheGuestPixelUnderIt()
{
    RecordingSession session;
    TestView view(&session);
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    session.connectWithImage(pattern(QSize(201, 163)));
    const qreal dpr = view.devicePixelRatioF();
    for (const auto scaling : {RemoteView::Scaling::Never, RemoteView::Scaling::Fit, RemoteView::Scaling::Always}) {
        view.setScaling(scaling);
        const QRectF target = view.framebufferTarget();
        const qreal sx = target.width() / 201; // logical pixels per guest pixel
        const qreal sy = target.height() / 163;
        for (const QPoint guest : {QPoint(0, 0), QPoint(1, 1), QPoint(37, 91), QPoint(100, 81), QPoint(200, 162)}) {
            // The middle of the guest pixel, in logical (fractional) coordinates.
            const QPointF position(target.x() + (guest.x() + 0.5) * sx, target.y() + (guest.y() + 0.5) * sy);
            session.pointers.clear();
            moveTo(view, position);
            QVERIFY2(!session.pointers.isEmpty() || guest == QPoint(0, 0), "no pointer event");
            if (!session.pointers.isEmpty())
                QCOMPARE(session.pointers.last().position, guest);
            QCOMPARE(view.mapToFramebuffer(position), guest);
        }
        if (scaling == RemoteView::Scaling::Never) {
            // One logical pixel is dpr guest pixels: half a logical pixel further is the next one at 2x.
            const QPointF base = target.topLeft() + QPointF(10.0 / dpr, 20.0 / dpr) + QPointF(0.01, 0.01);
            QCOMPARE(view.mapToFramebuffer(base), QPoint(10, 20));
            QCOMPARE(view.mapToFramebuffer(base + QPointF(1.0 / dpr, 0)), QPoint(11, 20));
        }
    }
}

void TestRemoteViewHiDpi::clickAtAKnownPositionSendsItsGuestPixel()
{
    // At 2x: 200x160 guest pixels are 100x80 logical pixels, centred in 300x200 at (100, 60).
    RecordingSession session;
    TestView view(&session);
    view.setScaling(RemoteView::Scaling::Never);
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    session.connectWithImage(pattern(QSize(200, 160)));
    const qreal dpr = view.devicePixelRatioF();
    const QPointF origin = view.framebufferTarget().topLeft();
    if (qFuzzyCompare(dpr, 2.0))
        QCOMPARE(origin, QPointF(100, 60));
    const QPoint click(137, 72);
    session.pointers.clear();
    QTest::mouseClick(&view, Qt::LeftButton, {}, click);
    QVERIFY(session.pointers.size() >= 2);
    const QPoint expected(int(std::floor((click.x() - origin.x()) * dpr)), int(std::floor((click.y() - origin.y()) * dpr)));
    if (qFuzzyCompare(dpr, 2.0))
        QCOMPARE(expected, QPoint(74, 24));
    QCOMPARE(session.pointers.at(session.pointers.size() - 2).position, expected);
    QCOMPARE(session.pointers.at(session.pointers.size() - 2).buttons, 1);
    QCOMPARE(session.pointers.last().position, expected);
    QCOMPARE(session.pointers.last().buttons, 0);
}

void TestRemoteViewHiDpi::againstXvnc()
{
    const QString missing = Test::XvncServer::missingToolsMessage();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    Test::XvncServer server;
    QString error;
    QVERIFY2(server.start(&error, QSize(320, 200)), qPrintable(error));
    // xsetroot -mod: a grid of one-pixel lines, the hardest picture for a scaler.
    QVERIFY2(server.runClient(u"xsetroot"_s, {u"-mod"_s, u"3"_s, u"2"_s, u"-fg"_s, u"#ffcc00"_s, u"-bg"_s, u"#003366"_s}, &error),
             qPrintable(error));
    VncView view;
    view.setObjectName(u"xvnc"_s);
    view.setScaling(RemoteView::Scaling::Never);
    view.resize(260, 160);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.vncSession()->open([port = server.port()] {
        return QtFuture::makeReadyFuture(Result<ConsoleEndpoint>{ConsoleEndpoint::tcp(u"127.0.0.1"_s, port), {}});
    });
    QTRY_COMPARE_WITH_TIMEOUT(view.vncSession()->state(), RemoteDisplaySession::State::Connected, 20000);
    // Wait for the grid itself (both colours present), not just the first frame.
    const auto showsTheGrid = [&view] {
        const QImage image = view.screenshot();
        if (image.size() != QSize(320, 200))
            return false;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixel(x, y) != image.pixel(0, 0))
                    return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(showsTheGrid(), 20000);
    QString detail;
    QTRY_COMPARE_WITH_TIMEOUT(differingDevicePixels(view, view.screenshot(), &detail), qint64(0), 10000);
    qInfo("Xvnc at actual size: %s", qPrintable(detail));
}

void TestRemoteViewHiDpi::atScaleOnePointFive()
{
    if (qgetenv("QT_SCALE_FACTOR") != "2")
        return; // the child run itself
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"VIRTDECK_TEST_SCALE"_s, u"1.5"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {u"actualSizeIsOneGuestPixelPerDevicePixel"_s, u"mouseMapsToTheGuestPixelUnderIt"_s,
                 u"clickAtAKnownPositionSendsItsGuestPixel"_s, u"againstXvnc"_s});
    QVERIFY(child.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    qInfo("%s", qPrintable(output.section(u'\n', -4)));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
}

} // namespace VirtDeck

int main(int argc, char **argv)
{
    // Before the application exists: the scale applies to every screen.
    const QByteArray scale = qEnvironmentVariableIsEmpty("VIRTDECK_TEST_SCALE") ? QByteArray("2") : qgetenv("VIRTDECK_TEST_SCALE");
    qputenv("QT_SCALE_FACTOR", scale);
    QApplication app(argc, argv);
    VirtDeck::TestRemoteViewHiDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_remoteviewhidpi.moc"
