#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Demo {

struct Job
{
    QString label;
    double weight = 1.0; // rough relative cost; heavier jobs start first
    std::function<bool(QString *error)> run;
};

// Runs jobs on `parallel` worker threads and reports each one on stderr as it ends. After the
// first failure no new job starts; the result then carries that job's error.
bool runJobs(QList<Job> jobs, int parallel, QString *error);

// Runs a program to completion on the calling thread (QProcess's blocking API, no event loop).
bool runProgram(const QString &program, const QStringList &arguments, const QString &workDir, QString *error);

// One line on stderr, whole even when several threads report at once.
void report(const QString &line);

} // namespace Demo
