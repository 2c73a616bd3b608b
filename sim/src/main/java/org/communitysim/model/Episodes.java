package org.communitysim.model;

import java.util.Arrays;

/** Every membership episode of a run (person, channel, role, start day, end day or −1, invitation depth), for cohort outcomes. */
final class Episodes {
    private int[] person = new int[256];
    private byte[] channel = new byte[256];
    private byte[] role = new byte[256];
    private int[] start = new int[256];
    private int[] end = new int[256];
    private int[] depth = new int[256];
    private int size;

    int add(int p, byte ch, int day, byte personRole, int invitationDepth) {
        if (size == person.length) {
            int cap = size * 2;
            person = Arrays.copyOf(person, cap);
            channel = Arrays.copyOf(channel, cap);
            role = Arrays.copyOf(role, cap);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            depth = Arrays.copyOf(depth, cap);
        }
        person[size] = p;
        channel[size] = ch;
        role[size] = personRole;
        start[size] = day;
        end[size] = -1;
        depth[size] = invitationDepth;
        return size++;
    }

    /** Invitation depth at this join: 0 for seed and outside joins, referrer's depth + 1 for referrals. */
    int depth(int i) {
        return depth[i];
    }

    void end(int index, int day) {
        end[index] = day;
    }

    int size() {
        return size;
    }

    int person(int i) {
        return person[i];
    }

    byte channel(int i) {
        return channel[i];
    }

    byte role(int i) {
        return role[i];
    }

    int start(int i) {
        return start[i];
    }

    /** Day the episode ended (the member left that day), or −1 if still a member. */
    int end(int i) {
        return end[i];
    }
}
