package uncloud.client.domain;

/** Seen from the VM: traffic coming in to it or going out of it. */
public enum TrafficDirection {
    IN,
    OUT
}
