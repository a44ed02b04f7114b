// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <optional>
#include <utility>

namespace twostep::vault {

// What a change to the vault came to.
enum class SaveKind {
    Saved,       // written to the file
    KeptUnsaved, // valid, but its save failed (error() says why): it stays in memory, see Vault
    Refused,     // nothing changed (error() says why): the change was invalid, or its save failed and it was not kept
};

// A change's outcome and, unless Refused, its result (value()). Tested like a Result: true only
// when Saved, so a caller that keeps nothing in memory (the CLI) treats the rest as failure, and
// it converts to Result<T> / Status on those terms.
template <typename T = void> class SaveOutcome;

template <> class [[nodiscard]] SaveOutcome<void>
{
public:
    SaveOutcome() = default;
    SaveOutcome(Error refusal) : m_kind(SaveKind::Refused), m_error(std::move(refusal)) {}
    static SaveOutcome keptUnsaved(Error saveError)
    {
        SaveOutcome outcome(std::move(saveError));
        outcome.m_kind = SaveKind::KeptUnsaved;
        return outcome;
    }
    // The same outcome without the result.
    template <typename T>
    SaveOutcome(const SaveOutcome<T>& other)
        : m_kind(other.kind()), m_error(other.ok() ? std::nullopt : std::optional<Error>(other.error()))
    {}

    SaveKind kind() const { return m_kind; }
    bool ok() const { return m_kind == SaveKind::Saved; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    operator Status() const { return ok() ? Status() : Status(*m_error); }

private:
    SaveKind m_kind = SaveKind::Saved;
    std::optional<Error> m_error;
};

template <typename T> class [[nodiscard]] SaveOutcome
{
public:
    SaveOutcome(T value) : m_value(std::move(value)) {}
    SaveOutcome(Error refusal) : m_kind(SaveKind::Refused), m_error(std::move(refusal)) {}
    // `outcome` (of the change that made `value`) with `value` as its result.
    SaveOutcome(const SaveOutcome<>& outcome, T value) : m_kind(outcome.kind())
    {
        if (m_kind != SaveKind::Saved) {
            // cppcheck-suppress uselessAssignmentPtrArg ; a member, not the parameter
            m_error = outcome.error();
        }
        if (m_kind != SaveKind::Refused) {
            m_value = std::move(value);
        }
    }

    SaveKind kind() const { return m_kind; }
    bool ok() const { return m_kind == SaveKind::Saved; }
    explicit operator bool() const { return ok(); }
    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }
    const Error& error() const { return *m_error; }
    operator Result<T>() const& { return ok() ? Result<T>(*m_value) : Result<T>(*m_error); }
    operator Result<T>() && { return ok() ? Result<T>(std::move(*m_value)) : Result<T>(*m_error); }

private:
    SaveKind m_kind = SaveKind::Saved;
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

} // namespace twostep::vault
