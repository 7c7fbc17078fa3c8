package dev.retort.jpa.roundtrip.v1;

public enum Tier { FREE, PRO }
