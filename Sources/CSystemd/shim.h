#ifndef TIMELINED_CSYSTEMD_SHIM_H
#define TIMELINED_CSYSTEMD_SHIM_H

#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>

/// Sends one journal entry with a message, a priority and up to two structured fields.
/// `sd_journal_send` is C-variadic, which Swift cannot call; this wrapper fixes the arity.
/// Fields are full "KEY=value" strings; pass NULL for an unused field.
static inline int timelined_journal_send(const char *file, const char *line, const char *func,
                                         int priority, const char *message,
                                         const char *field1, const char *field2,
                                         const char *field3) {
    return sd_journal_send_with_location(file, line, func,
                                         "MESSAGE=%s", message,
                                         "PRIORITY=%i", priority,
                                         "SYSLOG_IDENTIFIER=%s", "timelined",
                                         field1 ? "%s" : NULL, field1,
                                         field2 ? "%s" : NULL, field2,
                                         field3 ? "%s" : NULL, field3,
                                         NULL);
}

#endif
