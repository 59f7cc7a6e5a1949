// mmdesk-portal: the reference portal server (Portal API v1) for demos and
// tests, and the demo content generator.

#include "tests/portal/server/accountadmin.h"
#include "tests/portal/server/portalserver.h"
#include "tests/portal/server/serveroptions.h"

#ifdef MMDESK_HAVE_PORTAL_DEMO
#include "tests/portal/demo/makedemo.h"
#endif

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <thread>

#include <pthread.h>

namespace {

void printUsage(FILE *stream)
{
    std::fputs("usage: mmdesk-portal serve --content DIR --state DIR [options]\n"
               "       mmdesk-portal make-demo DIR [--big SIZE]\n"
               "       mmdesk-portal add-account --state DIR --email E --name NAME [--organisation ORG]\n"
               "                     [--locale en|fr]   (the password on standard input)\n"
               "       mmdesk-portal serve --help\n",
               stream);
}

// SIGINT and SIGTERM are taken by one thread with sigwait(). They are
// blocked first thing in main(), before Qt or anything else starts a thread,
// so that every thread inherits the mask.
sigset_t blockedStopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

int serve(const QStringList &arguments)
{
    auto options = RefPortal::ServerOptions::parse(arguments);
    if (!options) {
        if (!options.error().message.isEmpty())
            std::fprintf(stderr, "mmdesk-portal: %s\n\n", qPrintable(options.error().message));
        std::fputs(qPrintable(RefPortal::ServerOptions::helpText()),
                   options.error().message.isEmpty() ? stdout : stderr);
        return options.error().message.isEmpty() ? 0 : 2;
    }

    const sigset_t stopSignals = blockedStopSignals();
    RefPortal::PortalServer server(std::move(options).value());
    if (auto started = server.start(); !started) {
        std::fprintf(stderr, "mmdesk-portal: %s\n", qPrintable(started.error().message));
        return 1;
    }

    std::thread signalWaiter([&server, stopSignals] {
        int received = 0;
        sigwait(&stopSignals, &received);
        std::fprintf(stderr, "mmdesk-portal: signal %d, stopping\n", received);
        server.stop();
    });

    std::printf("mmdesk-portal listening on %s\n", qPrintable(server.apiUrl()));
    std::fflush(stdout);
    const bool ok = server.run();

    // Wake the waiter if the server ended on its own.
    pthread_kill(signalWaiter.native_handle(), SIGTERM);
    signalWaiter.join();
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    const sigset_t stopSignals = blockedStopSignals();
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mmdesk-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MMDESK_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == QLatin1String("serve"))
        return serve(arguments);
    if (command == QLatin1String("add-account"))
        return RefPortal::addAccount(arguments);
    if (command == QLatin1String("make-demo")) {
#ifdef MMDESK_HAVE_PORTAL_DEMO
        // Ctrl-C must stop the generator, and its ffmpeg children must not
        // inherit blocked signals.
        pthread_sigmask(SIG_UNBLOCK, &stopSignals, nullptr);
        return Demo::makeDemo(arguments);
#else
        std::fputs("mmdesk-portal: this build has no demo generator\n", stderr);
        return 1;
#endif
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printUsage(stdout);
        return 0;
    }
    printUsage(stderr);
    return 2;
}
