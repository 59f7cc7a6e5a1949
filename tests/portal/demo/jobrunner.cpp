#include "tests/portal/demo/jobrunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Demo {

namespace {
std::mutex g_reportMutex;
} // namespace

void report(const QString &line)
{
    const std::lock_guard lock(g_reportMutex);
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

bool runProgram(const QString &program, const QStringList &arguments, const QString &workDir, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    const QString name = QFileInfo(program).fileName();
    if (!process.waitForStarted(-1)) {
        *error = u"cannot start "_s + program + u": "_s + process.errorString();
        return false;
    }
    process.waitForFinished(-1);
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    // The last lines of the tool's own messages say what went wrong.
    QStringList lines =
        QString::fromLocal8Bit(process.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() > 12)
        lines = lines.mid(lines.size() - 12);
    *error = name
        + (process.exitStatus() == QProcess::NormalExit
               ? u" failed with exit code "_s + QString::number(process.exitCode())
               : u" crashed"_s);
    if (!lines.isEmpty())
        *error += u":\n  "_s + lines.join(u"\n  "_s);
    return false;
}

bool runJobs(QList<Job> jobs, int parallel, QString *error)
{
    std::stable_sort(jobs.begin(), jobs.end(),
                     [](const Job &a, const Job &b) { return a.weight > b.weight; });
    std::atomic<qsizetype> next = 0;
    std::atomic<qsizetype> done = 0;
    std::atomic<bool> failed = false;
    std::mutex errorMutex;
    const qsizetype total = jobs.size();
    const int width = int(QString::number(total).size());

    const auto worker = [&] {
        for (qsizetype index = next++; index < total && !failed; index = next++) {
            const Job &job = jobs.at(index);
            QElapsedTimer timer;
            timer.start();
            QString jobError;
            if (!job.run(&jobError)) {
                const std::lock_guard lock(errorMutex);
                if (!failed.exchange(true))
                    *error = job.label + u": "_s + jobError;
                return;
            }
            report(u"  ["_s + QString::number(++done).rightJustified(width) + u'/' + QString::number(total)
                   + u"] "_s + job.label + u" ("_s + QString::number(timer.elapsed() / 1000.0, 'f', 1)
                   + u" s)"_s);
        }
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < std::max(1, parallel); ++i)
        threads.emplace_back(worker);
    for (std::thread &thread : threads)
        thread.join();
    return !failed;
}

} // namespace Demo
