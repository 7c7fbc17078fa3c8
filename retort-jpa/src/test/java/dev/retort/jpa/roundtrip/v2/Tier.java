package dev.retort.jpa.roundtrip.v2;

public enum Tier { FREE, PRO }
