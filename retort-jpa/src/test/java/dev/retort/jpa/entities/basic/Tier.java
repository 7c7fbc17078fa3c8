package dev.retort.jpa.entities.basic;

public enum Tier { FREE, PRO }
