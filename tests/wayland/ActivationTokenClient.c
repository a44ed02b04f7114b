// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A launcher's stand-in for the mutter tests: a plain Wayland client (no toolkit) that maps a small
// window and, on each key press while it has the keyboard focus, asks the compositor for an
// xdg-activation token tied to that press, as a launcher does before it starts a program.
// Prints "focused", "unfocused" and "token <token>" lines on stdout; quits when stdin closes or
// says "quit". Mutter checks the token when it is used (the surface still focused, the serial one
// of its key presses), so the window stays mapped until told to quit.
#define _GNU_SOURCE // memfd_create
#include "xdg-activation-v1-client-protocol.h"
#include "xdg-shell-client-protocol.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <wayland-client.h>

enum { kWidth = 240, kHeight = 160, kStride = kWidth * 4 };

struct client
{
    struct wl_display* display;
    struct wl_compositor* compositor;
    struct wl_shm* shm;
    struct wl_seat* seat;
    struct wl_keyboard* keyboard;
    struct xdg_wm_base* wm_base;
    struct xdg_activation_v1* activation;
    struct wl_surface* surface;
    struct xdg_surface* xdg_surface;
    struct xdg_toplevel* toplevel;
    struct wl_buffer* buffer;
    int focused;
    int closed;
};

static void say(const char* line, const char* detail)
{
    printf(detail ? "%s %s\n" : "%s\n", line, detail);
    fflush(stdout);
}

static struct wl_buffer* grey_buffer(struct wl_shm* shm)
{
    const size_t size = (size_t)kStride * kHeight;
    const int fd = memfd_create("twostep-activation-client", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, (off_t)size) != 0) {
        return NULL;
    }
    void* pixels = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (pixels == MAP_FAILED) {
        close(fd);
        return NULL;
    }
    memset(pixels, 0x80, size);
    munmap(pixels, size);
    struct wl_shm_pool* pool = wl_shm_create_pool(shm, fd, (int32_t)size);
    struct wl_buffer* buffer = wl_shm_pool_create_buffer(pool, 0, kWidth, kHeight, kStride, WL_SHM_FORMAT_XRGB8888);
    wl_shm_pool_destroy(pool);
    close(fd);
    return buffer;
}

static void token_done(void* data, struct xdg_activation_token_v1* token, const char* text)
{
    (void)data;
    say("token", text);
    xdg_activation_token_v1_destroy(token);
}

static const struct xdg_activation_token_v1_listener token_listener = {.done = token_done};

static void request_token(struct client* c, uint32_t serial)
{
    struct xdg_activation_token_v1* token = xdg_activation_v1_get_activation_token(c->activation);
    xdg_activation_token_v1_add_listener(token, &token_listener, c);
    xdg_activation_token_v1_set_serial(token, serial, c->seat);
    xdg_activation_token_v1_set_surface(token, c->surface);
    xdg_activation_token_v1_commit(token);
}

static void keyboard_keymap(void* data, struct wl_keyboard* keyboard, uint32_t format, int32_t fd, uint32_t size)
{
    (void)data, (void)keyboard, (void)format, (void)size;
    close(fd);
}

static void keyboard_enter(void* data, struct wl_keyboard* keyboard, uint32_t serial, struct wl_surface* surface,
                           struct wl_array* keys)
{
    (void)keyboard, (void)serial, (void)surface, (void)keys;
    ((struct client*)data)->focused = 1;
    say("focused", NULL);
}

static void keyboard_leave(void* data, struct wl_keyboard* keyboard, uint32_t serial, struct wl_surface* surface)
{
    (void)keyboard, (void)serial, (void)surface;
    ((struct client*)data)->focused = 0;
    say("unfocused", NULL);
}

static void keyboard_key(void* data, struct wl_keyboard* keyboard, uint32_t serial, uint32_t time, uint32_t key,
                         uint32_t state)
{
    (void)keyboard, (void)time, (void)key;
    struct client* c = data;
    if (c->focused && state == WL_KEYBOARD_KEY_STATE_PRESSED) {
        request_token(c, serial);
    }
}

static void keyboard_modifiers(void* data, struct wl_keyboard* keyboard, uint32_t serial, uint32_t depressed,
                               uint32_t latched, uint32_t locked, uint32_t group)
{
    (void)data, (void)keyboard, (void)serial, (void)depressed, (void)latched, (void)locked, (void)group;
}

static void keyboard_repeat_info(void* data, struct wl_keyboard* keyboard, int32_t rate, int32_t delay)
{
    (void)data, (void)keyboard, (void)rate, (void)delay;
}

static const struct wl_keyboard_listener keyboard_listener = {
    .keymap = keyboard_keymap,
    .enter = keyboard_enter,
    .leave = keyboard_leave,
    .key = keyboard_key,
    .modifiers = keyboard_modifiers,
    .repeat_info = keyboard_repeat_info,
};

static void seat_capabilities(void* data, struct wl_seat* seat, uint32_t capabilities)
{
    struct client* c = data;
    if ((capabilities & WL_SEAT_CAPABILITY_KEYBOARD) && !c->keyboard) {
        c->keyboard = wl_seat_get_keyboard(seat);
        wl_keyboard_add_listener(c->keyboard, &keyboard_listener, c);
    }
}

static void seat_name(void* data, struct wl_seat* seat, const char* name)
{
    (void)data, (void)seat, (void)name;
}

static const struct wl_seat_listener seat_listener = {.capabilities = seat_capabilities, .name = seat_name};

static void wm_base_ping(void* data, struct xdg_wm_base* wm_base, uint32_t serial)
{
    (void)data;
    xdg_wm_base_pong(wm_base, serial);
}

static const struct xdg_wm_base_listener wm_base_listener = {.ping = wm_base_ping};

static void xdg_surface_configure(void* data, struct xdg_surface* xdg_surface, uint32_t serial)
{
    struct client* c = data;
    xdg_surface_ack_configure(xdg_surface, serial);
    wl_surface_attach(c->surface, c->buffer, 0, 0);
    wl_surface_damage(c->surface, 0, 0, kWidth, kHeight);
    wl_surface_commit(c->surface);
}

static const struct xdg_surface_listener xdg_surface_listener = {.configure = xdg_surface_configure};

static void toplevel_configure(void* data, struct xdg_toplevel* toplevel, int32_t width, int32_t height,
                               struct wl_array* states)
{
    (void)data, (void)toplevel, (void)width, (void)height, (void)states;
}

static void toplevel_close(void* data, struct xdg_toplevel* toplevel)
{
    (void)toplevel;
    ((struct client*)data)->closed = 1;
}

static const struct xdg_toplevel_listener toplevel_listener = {.configure = toplevel_configure,
                                                               .close = toplevel_close};

static void registry_global(void* data, struct wl_registry* registry, uint32_t name, const char* interface,
                            uint32_t version)
{
    (void)version;
    struct client* c = data;
    if (strcmp(interface, wl_compositor_interface.name) == 0) {
        c->compositor = wl_registry_bind(registry, name, &wl_compositor_interface, 4);
    } else if (strcmp(interface, wl_shm_interface.name) == 0) {
        c->shm = wl_registry_bind(registry, name, &wl_shm_interface, 1);
    } else if (strcmp(interface, wl_seat_interface.name) == 0 && !c->seat) {
        c->seat = wl_registry_bind(registry, name, &wl_seat_interface, 5);
        wl_seat_add_listener(c->seat, &seat_listener, c);
    } else if (strcmp(interface, xdg_wm_base_interface.name) == 0) {
        c->wm_base = wl_registry_bind(registry, name, &xdg_wm_base_interface, 1);
        xdg_wm_base_add_listener(c->wm_base, &wm_base_listener, c);
    } else if (strcmp(interface, xdg_activation_v1_interface.name) == 0) {
        c->activation = wl_registry_bind(registry, name, &xdg_activation_v1_interface, 1);
    }
}

static void registry_global_remove(void* data, struct wl_registry* registry, uint32_t name)
{
    (void)data, (void)registry, (void)name;
}

static const struct wl_registry_listener registry_listener = {.global = registry_global,
                                                              .global_remove = registry_global_remove};

static int map_window(struct client* c)
{
    c->buffer = grey_buffer(c->shm);
    if (!c->buffer) {
        return 0;
    }
    c->surface = wl_compositor_create_surface(c->compositor);
    c->xdg_surface = xdg_wm_base_get_xdg_surface(c->wm_base, c->surface);
    xdg_surface_add_listener(c->xdg_surface, &xdg_surface_listener, c);
    c->toplevel = xdg_surface_get_toplevel(c->xdg_surface);
    xdg_toplevel_add_listener(c->toplevel, &toplevel_listener, c);
    xdg_toplevel_set_title(c->toplevel, "Launcher");
    xdg_toplevel_set_app_id(c->toplevel, "twostep-test-launcher");
    wl_surface_commit(c->surface);
    return 1;
}

// False when stdin closed or said "quit".
static int keep_running(void)
{
    char buffer[64];
    const ssize_t got = read(STDIN_FILENO, buffer, sizeof(buffer) - 1);
    if (got <= 0) {
        return 0;
    }
    buffer[got] = '\0';
    return strstr(buffer, "quit") == NULL;
}

static int run(struct client* c)
{
    struct pollfd fds[2] = {{.fd = wl_display_get_fd(c->display), .events = POLLIN},
                            {.fd = STDIN_FILENO, .events = POLLIN}};
    while (!c->closed) {
        while (wl_display_prepare_read(c->display) != 0) {
            wl_display_dispatch_pending(c->display);
        }
        wl_display_flush(c->display);
        if (poll(fds, 2, -1) < 0 && errno != EINTR) {
            wl_display_cancel_read(c->display);
            return 1;
        }
        if (fds[0].revents & POLLIN) {
            if (wl_display_read_events(c->display) != 0) {
                return 1;
            }
        } else {
            wl_display_cancel_read(c->display);
        }
        if (wl_display_dispatch_pending(c->display) < 0) {
            return 1;
        }
        if ((fds[1].revents & (POLLIN | POLLHUP)) && !keep_running()) {
            return 0;
        }
    }
    return 0;
}

int main(void)
{
    struct client c = {0};
    c.display = wl_display_connect(NULL);
    if (!c.display) {
        fprintf(stderr, "activation client: no Wayland display\n");
        return 1;
    }
    struct wl_registry* registry = wl_display_get_registry(c.display);
    wl_registry_add_listener(registry, &registry_listener, &c);
    wl_display_roundtrip(c.display);
    if (!c.compositor || !c.shm || !c.seat || !c.wm_base || !c.activation) {
        fprintf(stderr, "activation client: the compositor lacks a global it needs (xdg_activation_v1?)\n");
        return 1;
    }
    if (!map_window(&c)) {
        fprintf(stderr, "activation client: no shared-memory buffer\n");
        return 1;
    }
    const int status = run(&c);
    wl_display_disconnect(c.display);
    return status;
}
