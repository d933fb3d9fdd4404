#!/usr/bin/env bash
# End-to-end test of the real durabletop binary: `durabletop sim` in the background, the dashboard inside a
# private tmux server at 80x24, keys sent with send-keys, assertions on capture-pane text (polled against a
# deadline), checks that the terminal is given back on quit, Ctrl-C, SIGTERM and SIGHUP, and that Ctrl-Z and `fg`
# in an interactive shell stop the dashboard and resume it with its keys working.
#
# Prints `PASS name` / `FAIL name: why` per check and a final `N passed, M failed` line; exits non-zero on any
# failure. Needs bash, tmux and a built binary (DURABLETOP_BIN, else `swift build --show-bin-path`).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

session="e2e"
# shellcheck source=scripts/e2e/lib.sh
source scripts/e2e/lib.sh

# wait_gone SECONDS EXTENDED-REGEX: polls the pane until the regex no longer matches.
wait_gone() {
    local deadline=$((SECONDS + $1))
    while [ "$SECONDS" -le "$deadline" ]; do
        if ! screen_text | grep -Eq -- "$2"; then
            return 0
        fi
        sleep "$poll_interval"
    done
    return 1
}

alternate_on() {
    tm display-message -p -t "$session" '#{alternate_on}'
}

header="127[.]0[.]0[.]1:[0-9]+ +every 2s"
data_row="(Running|Completed|Failed|Pending|Suspended|Terminated) +[0-9]"

# wait_until SECONDS SHELL-CONDITION: polls the condition until it holds, or the deadline passes.
wait_until() {
    local deadline=$((SECONDS + $1))
    while [ "$SECONDS" -le "$deadline" ]; do
        if eval "$2"; then
            return 0
        fi
        sleep 0.2
    done
    return 1
}

# The pane with its attributes, as capture-pane -e gives it (SGR escapes kept).
screen_with_attributes() {
    tm capture-pane -p -e -t "$session" 2>/dev/null
}

# Whether any line carries a colour escape (foreground or background; 39/49, the default colours, do not count).
coloured_lines() {
    screen_with_attributes | grep -Eq $'\e\\[([0-9]+;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9]+)*m'
}

# The line number of the selected table row: the row painted in reverse video.
selected_line() {
    screen_with_attributes | grep -nE "$data_row" | grep -E $'\e\\[([0-9]+;)*7(;[0-9]+)*m' | head -n 1 | cut -d: -f1
}

# The instance id shown on the selected row, without its ellipsis.
selected_id_prefix() {
    local line
    line=$(selected_line)
    screen_text | sed -n "${line}p" | awk '{ print $1 }' | sed 's/\xe2\x80\xa6$//; s/[~.]$//'
}

# launch ENV...: starts the dashboard in a fresh pane; the shell around it reports the exit status.
launch() {
    tm kill-session -t "$session" >/dev/null 2>&1
    tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
        "echo 'before durabletop'; env $* '$bin' --url '$url' --refresh 2; echo \"durabletop exited \$?\"; sleep 600"
}

# expect_restored NAME STATUS: the dashboard ended with STATUS and the normal screen is back.
expect_restored() {
    if wait_for 15 "durabletop exited $2([^0-9]|\$)" && [ "$(alternate_on)" = "0" ]; then
        pass "$1"
    else
        fail "$1" "expected exit status $2 and the normal screen (alternate_on=$(alternate_on))"
        screen_text | sed 's/^/    | /'
    fi
}

# The dashboard's process id: the child of the pane's shell.
dashboard_pid() {
    pgrep -P "$(tm display-message -p -t "$session" '#{pane_pid}')" || true
}

require tmux
if ! start_sim sim --seed 3 --instances 300 --time-scale 0.05; then
    fail "sim starts" "no URL printed; stderr: $(head -c 500 "$work/sim.err")"
    summary
    exit 1
fi
url="$sim_url"
pass "sim starts"

keep_tmux_server

# --- Main walk-through: UTF-8 locale, 256 colours -------------------------------------------------------------
launch TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8
check "first frame" 30 "$header"
check "instances listed" 30 "$data_row"
if [ "$(alternate_on)" = "1" ]; then pass "alternate screen in use"; else fail "alternate screen in use" "alternate_on=0"; fi
if coloured_lines; then pass "colours painted"; else fail "colours painted" "no colour in the default theme"; fi

# shellcheck disable=SC2016 # evaluated later, by wait_until
wait_until 10 '[ -n "$(selected_line)" ]'
first=$(selected_line)
keys j j
if wait_until 10 "[ \"\$(selected_line)\" = $((first + 2)) ]"; then pass "j moves down"; else fail "j moves down" "selection on line $(selected_line), expected $((first + 2))"; fi
keys k
if wait_until 10 "[ \"\$(selected_line)\" = $((first + 1)) ]"; then pass "k moves up"; else fail "k moves up" "selection on line $(selected_line), expected $((first + 1))"; fi

id_prefix=$(selected_id_prefix)
keys Enter
check "Enter opens the selected instance" 15 "^Instance +${id_prefix}"
keys Tab
check "Tab switches to History" 15 "ExecutionStarted"
keys Escape
check "Esc goes back to the list" 15 "INSTANCE +NAME +STATUS"
keys Enter
check "same instance reopened" 15 "^Instance +${id_prefix}"
keys Tab
check "reopened instance shows its history again" 15 "ExecutionStarted"
keys Escape
check "back to the list again" 15 "INSTANCE +NAME +STATUS"
keys j Enter
check "next instance opens" 15 "^Instance +"
typed "2"
check "2 jumps to History" 15 "tab 2/3"
check "its history loads" 15 "ExecutionStarted"
typed "3"
check "3 jumps to the Timeline" 15 "tab 3/3"
check "its timeline names the span" 15 "span: scheduled"
keys Escape
check "back to the list once more" 15 "INSTANCE +NAME +STATUS"

typed "/"
typed "Approval"
keys Enter
check "filter applied" 15 "/Approval +[0-9]+/[0-9]+"
counts=$(screen_text | grep -Eo "/Approval +[0-9]+/[0-9]+" | grep -Eo "[0-9]+/[0-9]+$")
if [ -n "$counts" ] && [ "${counts%/*}" -lt "${counts#*/}" ] && [ "${counts%/*}" -gt 0 ]; then
    pass "filter narrows the list ($counts)"
else
    fail "filter narrows the list" "counts '$counts'"
fi

typed ":entities"
keys Enter
check ":entities shows entities" 15 "NAME +KEY +LAST OPERATION"

typed "?"
check "? shows help" 15 "Help: "
keys Escape
if wait_gone 10 "Help: "; then pass "Esc closes help"; else fail "Esc closes help" "help still shown"; fi

tm resize-window -t "$session" -x 40 -y 10
check "too small screen" 15 "too small"
tm resize-window -t "$session" -x 80 -y 24
check "resize back redraws" 15 "NAME +KEY +LAST OPERATION"

typed ":q"
keys Enter
expect_restored "quit with :q restores the terminal" 0
check "shell screen is back" 5 "^before durabletop$"

# --- Monochrome and ASCII: NO_COLOR=1, LANG=C --------------------------------------------------------------------
launch TERM=xterm-256color NO_COLOR=1 LANG=C LC_ALL=C
check "ascii run: first frame" 30 "$header"
check "ascii run: instances listed" 30 "$data_row"
if coloured_lines; then fail "NO_COLOR paints no colours" "colour escapes on screen"; else pass "NO_COLOR paints no colours"; fi
if screen_text | LC_ALL=C grep -q $'[\x80-\xff]'; then
    fail "LANG=C draws ASCII only" "non-ASCII bytes on screen"
else
    pass "LANG=C draws ASCII only"
fi
# shellcheck disable=SC2016 # evaluated later, by wait_until
if wait_until 10 '[ -n "$(selected_line)" ]'; then
    pass "selection visible without colour"
else
    fail "selection visible without colour" "no reverse-video row"
fi
# ascii_screen NAME: the screen is pure ASCII and no `?` stands in for a glyph (a status mark, an ellipsis).
ascii_screen() {
    local stand_in='(loading|history|connecting|go)\?|(^|[ |])\? (Running|Completed|Failed|Pending|Terminated|Suspended)'
    if screen_text | LC_ALL=C grep -q $'[\x80-\xff]'; then
        fail "LANG=C $1: ASCII only" "non-ASCII bytes on screen"
    elif screen_text | grep -Eq "$stand_in"; then
        fail "LANG=C $1: no ? stands in for a glyph" "$(screen_text | grep -E "$stand_in" | head -3)"
    else
        pass "LANG=C $1: pure ASCII, no ? stands in for a glyph"
    fi
}
ascii_screen "list"
keys Enter
check "ascii run: detail opens" 15 "^Instance +"
ascii_screen "detail"
keys Tab
check "ascii run: history shows" 15 "TIME +OFFSET +EVENT"
ascii_screen "history"
press_escape
typed "?"
check "ascii run: help opens" 10 "^Help: Instances"
ascii_screen "help"
press_escape
typed "q"
expect_restored "q at the top quits and restores the terminal" 0

# --- Ctrl-Z and fg in an interactive shell: the job stops with the shell's screen back, and fg resumes it in raw mode
tm kill-session -t "$session" >/dev/null 2>&1
tm -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 PS1='job-shell> ' bash --norc --noprofile -i"
check "interactive shell starts" 10 '^job-shell>'
typed "'$bin' --url '$url' --refresh 2"
keys Enter
check "job-control run starts" 30 "$data_row"
keys C-z
check "Ctrl-Z stops the job" 10 '^\[1\]\+ +Stopped'
if [ "$(alternate_on)" = "0" ]; then pass "Ctrl-Z gives the normal screen back"; else fail "Ctrl-Z gives the normal screen back" "alternate screen still on"; fi
typed "fg"
keys Enter
check "fg brings the dashboard back" 15 "$header"
typed "?"
check "keys reach the dashboard after fg without Enter (raw mode)" 10 "Help: "
press_escape
typed "q"
if wait_until 10 '[ "$(alternate_on)" = "0" ]'; then pass "q after fg quits"; else fail "q after fg quits" "alternate screen still on"; fi
typed 'echo "durabletop exited $?"'
keys Enter
check "the resumed dashboard exited 0" 10 "^durabletop exited 0$"

# --- Ctrl-C, SIGTERM and SIGHUP give the terminal back -----------------------------------------------------------
launch TERM=screen-256color LANG=C.UTF-8 LC_ALL=C.UTF-8
check "screen-256color run starts" 30 "$data_row"
keys C-c
expect_restored "Ctrl-C quits and restores the terminal" 0

launch TERM=xterm LANG=C.UTF-8 LC_ALL=C.UTF-8
check "xterm run starts" 30 "$data_row"
pid=$(dashboard_pid)
[ -n "$pid" ] && kill -TERM "$pid"
expect_restored "SIGTERM restores the terminal" 143

launch TERM=linux LANG=C.UTF-8 LC_ALL=C.UTF-8
check "linux run starts" 30 "$data_row"
pid=$(dashboard_pid)
[ -n "$pid" ] && kill -HUP "$pid"
expect_restored "SIGHUP restores the terminal" 129

# --- The host key: from DURABLETOP_KEY or --key-file, never shown ------------------------------------------------
secret="e2e-secret-$$-key"
printf '%s\n' "$secret" >"$work/key"
DURABLETOP_SIM_KEY="$secret" start_sim keyed --seed 4 --instances 50 --time-scale 0.05
url="$sim_url"
launch TERM=xterm-256color LANG=C.UTF-8 "DURABLETOP_KEY=$secret"
check "key from DURABLETOP_KEY" 30 "$data_row"
tm kill-session -t "$session" >/dev/null 2>&1
tm new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 '$bin' --key-file '$work/key' --url '$url' --refresh 2; sleep 600"
check "key from --key-file" 30 "$data_row"
if screen_text | grep -q -- "$secret"; then fail "key never shown" "the key is on screen"; else pass "key never shown"; fi
launch TERM=xterm-256color LANG=C.UTF-8
check "missing key is reported in the UI" 30 "STALE|401|[Uu]nauthori"
if screen_text | grep -q -- "$secret"; then fail "key never shown in errors" "the key is on screen"; else pass "key never shown in errors"; fi
summary
